using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// axe-core (WCAG 2.0–2.2 A and AA rules) on the main pages, at phone size, each as the person who uses it.
/// Add a page by adding a line to <see cref="Pages"/>.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserApplication browser)
{
    /// <summary>A page to check: where it is, who is signed in (null: nobody), and whether to answer the quiz first.</summary>
    public sealed record AxePage(string Url, Role? SignedInAs = null, bool AnswerQuiz = false);

    private static readonly string FirstLesson = "/belajar/kenali-ponsel";

    public static readonly Dictionary<string, AxePage> Pages = new()
    {
        ["home"] = new("/"),
        ["home, learner"] = new("/", Role.Learner),
        ["level, learner"] = new("/level/dasar-ponsel", Role.Learner),
        ["lesson"] = new(FirstLesson),
        ["lesson, learner"] = new(FirstLesson, Role.Learner),
        ["quiz answered, learner"] = new(FirstLesson, Role.Learner, AnswerQuiz: true),
        ["sign-in"] = new("/akun/masuk"),
        ["kader learners list"] = new("/kader/peserta", Role.Kader),
        ["offline"] = new("/offline"),
    };

    public static TheoryData<string> PageNames => new(Pages.Keys);

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task MainPagesHaveNoAxeViolations(string name)
    {
        var target = Pages[name];
        var context = await browser.NewPhoneContextAsync();
        var failed = true;
        try
        {
            var page = await context.NewPageAsync();
            if (target.SignedInAs is { } role)
            {
                await SignInAsync(page, role);
            }

            await page.GotoAsync(target.Url);
            if (target.AnswerQuiz)
            {
                var lesson = browser.App.Services.GetRequiredService<CourseCatalog>().Current.FindLesson(target.Url.Split('/')[^1])!;
                foreach (var question in lesson.Indonesian.Quiz.Questions)
                {
                    // One wrong pick per question, so both kinds of feedback are on the page.
                    await page.Locator($"#{question.Id}-{question.Options.First(o => !o.IsCorrect).Id}").CheckAsync();
                }

                await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
                await Assertions.Expect(page.Locator(".quiz-summary")).ToBeVisibleAsync();
            }

            // Let the script show the online bar and its other parts, so they are checked too.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });

            var report = string.Join(Environment.NewLine, results.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}"));
            Assert.True(results.Violations.Length == 0, $"{name} ({target.Url}):{Environment.NewLine}{report}");
            failed = false;
        }
        finally
        {
            await BrowserApplication.FinishAsync(context, "axe-" + name.Replace(' ', '-').Replace(",", ""), failed);
        }
    }

    private async Task SignInAsync(IPage page, Role role)
    {
        var village = await browser.App.AddVillageAsync("Axe " + Guid.NewGuid().ToString("N")[..6]);
        var person = await browser.App.AddAccountAsync(role, village.Id, role == Role.Kader ? "Dimas Aditya" : "Siti Aminah");
        if (role == Role.Kader)
        {
            await browser.App.AddAccountAsync(Role.Learner, village.Id, "Rina Kurniawati");
        }

        await page.GotoAsync("/akun/masuk");
        await page.GetByLabel("Nomor HP").FillAsync(person.Phone);
        await page.GetByLabel("PIN", new() { Exact = true }).FillAsync(LearnApplication.Pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/akun/masuk", StringComparison.Ordinal));
    }
}
