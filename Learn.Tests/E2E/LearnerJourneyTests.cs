using Learn.Core.Accounts;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class LearnerJourneyTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task ALearnerSignsInAnswersWronglyThenRightlyAndSeesTheProgressBarMove()
    {
        var village = await browser.App.AddVillageAsync("Jalan " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await browser.App.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await browser.OnPhoneAsync(async page =>
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();

            var course = browser.App.Services.GetService(typeof(Learn.Content.Courses.CourseCatalog)) as Learn.Content.Courses.CourseCatalog;
            var lesson = course!.Current.Levels[0].Lessons[0];
            var quiz = lesson.Indonesian.Quiz;
            await page.GetByRole(AriaRole.Link, new() { Name = lesson.Indonesian.Title }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson.Indonesian.Title, Level = 1 })).ToBeVisibleAsync();
            var bar = page.Locator("#level-progress progress");
            await Assertions.Expect(bar).ToHaveAttributeAsync("value", "0");

            // First try: just enough questions wrong to miss the lesson's mastery rule.
            var wrong = quiz.Questions.Count - lesson.RequiredCorrect + 1;
            await AnswerAsync(page, quiz, wrong);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"{quiz.Questions.Count - wrong} dari {quiz.Questions.Count} soal benar");
            await Assertions.Expect(bar).ToHaveAttributeAsync("value", "0");
            await Assertions.Expect(page.Locator(".feedback.bad").First).ToBeVisibleAsync();

            // Second try: everything right, and the level's progress bar moves.
            await AnswerAsync(page, quiz, wrongCount: 0);
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa lagi" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Selamat! Pelajaran ini sudah Anda kuasai.")).ToBeVisibleAsync();
            await Assertions.Expect(bar).ToHaveAttributeAsync("value", "1");

            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator(".levels progress").First).ToHaveAttributeAsync("value", "1");
        }, signInAs: learner.Phone);
    }

    /// <summary>Answers the first <paramref name="wrongCount"/> questions with a wrong option and the rest rightly.</summary>
    private static async Task AnswerAsync(IPage page, Learn.Content.Quizzes.Quiz quiz, int wrongCount)
    {
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            var question = quiz.Questions[i];
            foreach (var option in question.Options)
            {
                var input = page.Locator($"#{question.Id}-{option.Id}");
                var pick = i < wrongCount ? option == question.Options.First(o => !o.IsCorrect) : option.IsCorrect;
                if (question.IsMultipleChoice)
                {
                    await input.SetCheckedAsync(pick);
                }
                else if (pick)
                {
                    await input.CheckAsync();
                }
            }
        }
    }
}
