using Learn.Tests.Web;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// The app on a real Kestrel port (.NET 10 UseKestrel(0) + StartServer()) with the shipped
/// curriculum, and Debian's Chromium driven by Playwright at a phone-sized viewport.
/// </summary>
public sealed class BrowserApplication : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LearnApplication App { get; } = new() { CoursesPath = TestPaths.RealCourses };

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest stop Chromium calling home on a closed network;
            // the last two give every page a fake microphone (a beeping tone) without asking (voice notes in live help).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
        });
    }

    /// <summary>A fresh browser context shaped like a cheap Android phone, tracing so a failure leaves evidence;
    /// <paramref name="baseUrl"/> puts something (a <see cref="BlankSpotProxy"/>) between the phone and the app.</summary>
    public async Task<IBrowserContext> NewPhoneContextAsync(string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? BaseUrl,
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "id-ID",
        });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return context;
    }

    /// <summary>Keeps the trace of a failed test under test-artifacts/ (open with `playwright show-trace`).</summary>
    public static async Task FinishAsync(IBrowserContext context, string testName, bool failed)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "test-artifacts");
        Directory.CreateDirectory(folder);
        await context.Tracing.StopAsync(failed ? new TracingStopOptions { Path = Path.Combine(folder, testName + ".zip") } : null);
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
