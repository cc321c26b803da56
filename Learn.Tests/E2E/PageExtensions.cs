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
}
