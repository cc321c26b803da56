using static Learn.Tests.E2E.PhoneTour;

namespace Learn.Tests.E2E;

/// <summary>
/// Every page of every role read on a 360 px phone: no word is broken across two lines (a table that breaks
/// "Nama" into "Nam/a" keeps the page narrow but is unreadable) and nothing makes the page scroll sideways.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PhoneReadingTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Theory]
    [MemberData(nameof(Viewers), MemberType = typeof(PhoneTour))]
    public async Task NoWordIsSplitAcrossLinesAndNoPageScrollsSidewaysAtPhoneWidth(Viewer viewer)
    {
        var problems = await WalkAsync(browser, viewer, "reading", async (page, _, _) =>
        {
            var split = await page.EvaluateAsync<string[]>(SplitWordsScript);
            if (split.Length > 0)
            {
                return $"{split.Length} words split across lines, e.g. {string.Join("; ", split.Take(8))}";
            }

            return await AccessibilityTests.SidewaysScrollAsync(page);
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// For each word of each visible text node, a Range over the word: a word on one line has its boxes on one line.
    /// A word is what lies between spaces, hyphens and slashes, since a line may end at a hyphen or a slash.
    /// </summary>
    internal const string SplitWordsScript = """
        () => {
          const split = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || !parent.checkVisibility({ visibilityProperty: true }) || parent.closest('script, style, option, .visually-hidden')) continue;
            for (const match of node.data.matchAll(/[^\s\-\u2010-\u2014\/]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const rects = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0);
              if (rects.length > 1 && rects[rects.length - 1].top - rects[0].top > rects[0].height / 2) {
                split.push('"' + match[0] + '" in ' + parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).replace(/ +/g, '.') : ''));
              }
            }
          }
          return split;
        }
        """;
}
