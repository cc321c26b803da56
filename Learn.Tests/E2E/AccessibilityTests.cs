using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Learn.Tests.E2E.PhoneTour;

namespace Learn.Tests.E2E;

/// <summary>
/// axe-core (WCAG 2.0–2.2 A and AA rules) on the main pages, at phone size, each as the person who uses it.
/// The pages are <see cref="PhoneTour.Pages"/>; each person signs in once and walks all of theirs.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Theory]
    [MemberData(nameof(Viewers), MemberType = typeof(PhoneTour))]
    public async Task MainPagesHaveNoAxeViolations(Viewer viewer)
    {
        var problems = await WalkAsync(browser, viewer, "axe", async (page, _, _) =>
        {
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            if (results.Violations.Length > 0)
            {
                return string.Join(Environment.NewLine + "  ", results.Violations.Select(v =>
                    $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}"));
            }

            return await SidewaysScrollAsync(page);
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>At 360 px nothing may make the page scroll sideways; wide tables scroll inside their .table-wrap.</summary>
    public static async Task<string?> SidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return overflow <= 0 ? null : $"{overflow} px wider than the phone: {await page.EvaluateAsync<string>(WidestElementsScript)}";
    }

    /// <summary>Names the outermost elements that reach past the right edge of the phone, to say what to fix.</summary>
    private const string WidestElementsScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5);
          return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ +/g, '.') : '')
              + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');
        }
        """;
}
