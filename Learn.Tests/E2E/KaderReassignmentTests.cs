using Learn.Core.Accounts;
using Learn.Tests.Web.Kader;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class KaderReassignmentTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task AFacilitatorDeactivatesAKaderPreviewsAndAppliesAndTheLearnersAppearUnderTheirNewKader()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var leaving = await app.AddKaderAsync(village.Id, "Dewi Pergi", Gender.Female, capacity: 3, certifiedLevel: 5);
        var learners = new[] { "Sumini", "Tukiyem", "Painem" };
        foreach (var name in learners)
        {
            await app.AddAccountAsync(Role.Learner, village.Id, name);
        }

        await app.AssignAllAsync();
        await app.AddKaderAsync(village.Id, "Wulan Baru", Gender.Female, capacity: 5, certifiedLevel: 5);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id, "Fasilitator Uji");
        await browser.OnPhoneAsync(async page =>
        {

            await page.GotoAsync($"/fasilitator/pendamping?desa={village.Id}");
            var pairs = page.Locator("#pairs");
            foreach (var name in learners)
            {
                await Assertions.Expect(pairs.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Dewi Pergi");
            }

            await page.GetByRole(AriaRole.Link, new() { Name = "Dewi Pergi" }).ClickAsync();
            await page.GetByLabel("Aktif mendampingi").UncheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa perubahan" }).ClickAsync();

            var preview = page.Locator("#preview");
            await Assertions.Expect(page.GetByText("3 peserta akan berganti kader:")).ToBeVisibleAsync();
            foreach (var name in learners)
            {
                var row = preview.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
                await Assertions.Expect(row).ToContainTextAsync("Dewi Pergi");
                await Assertions.Expect(row).ToContainTextAsync("Wulan Baru");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan perubahan" }).ClickAsync();

            await Assertions.Expect(page.GetByText("Perubahan sudah disimpan dan dicatat.")).ToBeVisibleAsync();
            foreach (var name in learners)
            {
                await Assertions.Expect(pairs.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Wulan Baru");
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dewi Pergi" })).ToContainTextAsync("tidak aktif");
        }, signInAs: facilitator.Phone);
    }
}
