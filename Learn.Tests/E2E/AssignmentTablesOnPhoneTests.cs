using Learn.Core.Accounts;
using Learn.Tests.Web.Kader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// The facilitator's kader pages on a 360 px phone: the kader, the learner–kader pairs and a rebalance preview are
/// read as cards, each value under its column's name, with nothing to scroll sideways to and no word broken.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AssignmentTablesOnPhoneTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task EveryTableOfTheKaderAssignmentPagesIsReadableOnAPhoneWithoutScrollingSideways()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync(KaderFixture.NewName("Sukamaju"), KaderFixture.NewName("Kec"));
        var leaving = await app.AddKaderAsync(village.Id, "Dimas Aditya Pratama", Gender.Male, capacity: 3, certifiedLevel: 5);
        foreach (var name in new[] { "Siti Aminah Rahayu", "Wartini Suryaningsih", "Ratna Sari Dewi" })
        {
            await app.AddAccountAsync(Role.Learner, village.Id, name);
        }

        await app.AssignAllAsync();
        await app.AddKaderAsync(village.Id, "Wulan Kusumawardani", Gender.Female, capacity: 5, certifiedLevel: 5);
        await app.WithDbAsync(async db =>
        {
            // Two kader with three learners between them and one leaving: the rebalance page has a preview to show.
            var profile = await db.KaderProfiles.SingleAsync(k => k.KaderId == leaving.Id);
            profile.Deactivate(app.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id, "Hartini Widyastuti");

        await browser.OnPhoneAsync(async page =>
        {
            await page.GotoAsync($"/fasilitator/pendamping?desa={village.Id}");
            await Assertions.Expect(page.Locator("#pairs").GetByRole(AriaRole.Row).Filter(new() { HasText = "Siti Aminah Rahayu" }))
                .ToContainTextAsync("Dimas Aditya Pratama");
            var problems = await UnreadableTablesAsync(page);
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));

            await page.GotoAsync($"/fasilitator/pendamping/seimbangkan/{village.Id}");
            await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("Wulan Kusumawardani");
            problems = await UnreadableTablesAsync(page);
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
        }, signInAs: facilitator.Phone);
    }

    /// <summary>What keeps a table from being read on the phone: its content reaching past the screen, a value without its column's name, a broken word.</summary>
    private static async Task<string[]> UnreadableTablesAsync(IPage page)
    {
        var problems = (await page.EvaluateAsync<string[]>(TableScript)).ToList();
        problems.AddRange(await page.EvaluateAsync<string[]>(PhoneReadingTests.SplitWordsScript));
        if (await AccessibilityTests.SidewaysScrollAsync(page) is { } sideways)
        {
            problems.Add(sideways);
        }

        return [.. problems];
    }

    private const string TableScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const problems = [];
          for (const table of document.querySelectorAll('main table')) {
            const name = table.id || table.getAttribute('aria-labelledby') || 'table';
            if (table.getBoundingClientRect().right > width + 0.5) problems.push(name + ' is wider than the phone');
            const wrap = table.closest('.table-wrap');
            if (wrap && wrap.scrollWidth > wrap.clientWidth + 0.5) problems.push(name + ' scrolls sideways');
            for (const cell of table.querySelectorAll('tbody td')) {
              if (cell.getBoundingClientRect().right > width + 0.5) problems.push(name + ': "' + cell.textContent.trim() + '" reaches past the screen');
              if (!cell.dataset.label) problems.push(name + ': "' + cell.textContent.trim() + '" has no column name');
            }
          }
          return problems;
        }
        """;
}
