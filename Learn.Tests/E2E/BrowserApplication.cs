using System.Runtime.CompilerServices;
using Learn.Tests.TestHost;
using Learn.Tests.Web;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// One browser test class's app on a real Kestrel port (.NET 10 UseKestrel(0) + StartServer()) with the shipped
/// curriculum, its own database and clock, and the shared <see cref="Chromium"/>. Every test runs through
/// <see cref="OnPhonesAsync"/> (or <see cref="OnPhoneAsync"/>): phone-shaped contexts, sign-in and a trace kept on failure.
/// </summary>
public sealed class BrowserApplication(Chromium chromium) : IAsyncLifetime
{
    public LearnApplication App { get; } = LearnTestHost.Sqlite.WithRealCourses().WithKestrel().Build();

    public IBrowser Browser => chromium.Browser;

    public string BaseUrl { get; private set; } = string.Empty;

    public Task InitializeAsync()
    {
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs a browser test with the phones it opens (<see cref="Phones.OpenAsync"/>, <see cref="Phones.SignInAsync"/>);
    /// whatever happens, every phone is closed, and its trace is kept under test-artifacts/ when the test failed.
    /// </summary>
    public async Task OnPhonesAsync(Func<Phones, Task> test, [CallerMemberName] string testName = "")
    {
        var phones = new Phones(this, testName);
        var failed = true;
        try
        {
            await test(phones);
            failed = false;
        }
        finally
        {
            await phones.FinishAsync(failed);
        }
    }

    /// <summary>The one-phone form: a page signed in as <paramref name="signInAs"/> (or nobody), through <paramref name="baseUrl"/> when given.</summary>
    public Task OnPhoneAsync(Func<IPage, Task> test, string? signInAs = null, string? baseUrl = null, [CallerMemberName] string testName = "") =>
        OnPhonesAsync(async phones => await test(signInAs is null
            ? await phones.OpenAsync(baseUrl: baseUrl)
            : await phones.SignInAsync(signInAs, baseUrl: baseUrl)), testName);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
