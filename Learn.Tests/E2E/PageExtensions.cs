using Learn.Tests.Web;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

public static class PageExtensions
{
    /// <summary>Signs in through the real form, as a person would, and waits until the app has let them in.</summary>
    public static async Task SignInAsync(this IPage page, string phone, string pin = LearnApplication.Pin)
    {
        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nomor HP").FillAsync(phone);
        await page.GetByLabel("PIN", new() { Exact = true }).FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/akun/masuk", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>
    /// Waits until a JavaScript expression that gives a promise of true or false gives true. WaitForFunctionAsync
    /// cannot do this: it takes the promise itself as a truthy answer and returns at once (microsoft/playwright#29132).
    /// </summary>
    public static async Task WaitUntilTrueAsync(this IPage page, string promiseOfBool, int timeoutMs = 30_000)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await page.EvaluateAsync<bool>(promiseOfBool))
        {
            Assert.True(waited.ElapsedMilliseconds < timeoutMs, $"Still false after {timeoutMs} ms: {promiseOfBool}");
            await Task.Delay(50);
        }
    }
}
