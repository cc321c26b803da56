using static Learn.Tests.E2E.PhoneTour;

namespace Learn.Tests.E2E;

/// <summary>
/// Every page of every role opened on a 360 px phone: nothing the scripts bring (the online bar, read-aloud,
/// save-for-offline, late pictures) pushes the page about once it is drawn. The sum of every layout shift not
/// caused by a tap stays within 0.05, Lighthouse's "good" is 0.1 (this sum is stricter than its session window).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LayoutShiftTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    public const double Budget = 0.05;

    [Theory]
    [MemberData(nameof(Viewers), MemberType = typeof(PhoneTour))]
    public async Task NoPageMovesItsContentAfterItIsDrawn(Viewer viewer)
    {
        var problems = await WalkAsync(browser, viewer, "layout-shift", async (page, _, _) =>
        {
            var shift = await page.EvaluateAsync<double>(ShiftScript);
            return shift > Budget ? $"layout shift {shift:F3} (budget {Budget})" : null;
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private const string ShiftScript = """
        () => new Promise(resolve => {
          let sum = 0;
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) { if (!e.hadRecentInput) sum += e.value; }
          }).observe({ type: 'layout-shift', buffered: true });
          // The buffered entries arrive in the observer's first callback; two frames later they are all in.
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(sum), 0)));
        })
        """;
}
