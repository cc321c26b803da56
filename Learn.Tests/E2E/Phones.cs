using Learn.Tests.Web;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// The phones of one browser test: each is a fresh browser context shaped like a cheap Android phone (360 × 740,
/// touch, Indonesian), tracing so a failure leaves evidence. Made by <see cref="BrowserApplication.OnPhonesAsync"/>,
/// which closes them all and keeps the traces of a failed test (open with `playwright show-trace`).
/// </summary>
public sealed class Phones
{
    private readonly BrowserApplication _browser;
    private readonly string _testName;
    private readonly List<(string Name, IBrowserContext Context)> _opened = [];
    private bool _keepTraces;

    internal Phones(BrowserApplication browser, string testName)
    {
        _browser = browser;
        _testName = testName;
    }

    /// <summary>A new phone on the home page's origin; <paramref name="baseUrl"/> puts something (a <see cref="BlankSpotProxy"/>) between it and the app.</summary>
    public async Task<IPage> OpenAsync(string? name = null, string? baseUrl = null)
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? _browser.BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "id-ID",
        });
        _opened.Add((name ?? $"phone{_opened.Count + 1}", context));
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return await context.NewPageAsync();
    }

    /// <summary>A new phone signed in through the real form, as a person would.</summary>
    public async Task<IPage> SignInAsync(string phone, string pin = LearnApplication.Pin, string? name = null, string? baseUrl = null)
    {
        var page = await OpenAsync(name, baseUrl);
        await page.SignInAsync(phone, pin);
        return page;
    }

    /// <summary>For a test that collects problems before it asserts: keep the traces even though nothing threw yet.</summary>
    public void KeepTraces() => _keepTraces = true;

    internal async Task FinishAsync(bool failed)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "test-artifacts");
        Directory.CreateDirectory(folder);
        foreach (var (name, context) in _opened)
        {
            var trace = _opened.Count == 1 ? _testName : _testName + "-" + name;
            await context.Tracing.StopAsync(failed || _keepTraces ? new TracingStopOptions { Path = Path.Combine(folder, trace + ".zip") } : null);
            await context.CloseAsync();
        }
    }
}
