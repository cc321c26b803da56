using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Tests.Web;
using Learn.Tests.Web.Kader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

/// <summary>
/// Post-redirect-get where a phone reloads: after the kader saves an assisted quiz, or someone changes their PIN, a
/// reload (the phone waking up, a pull to refresh) shows the result again and sends nothing a second time.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReloadAfterSavingTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task ReloadingTheResultsOfAnAssistedQuizShowsThemAgainAndRecordsNoSecondAttempt()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var kader = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male, capacity: 1);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Painem");
        await app.AssignAllAsync();
        var lesson = app.Services.GetRequiredService<CourseCatalog>().Current.Levels[0].Lessons[0];

        await browser.OnPhoneAsync(async page =>
        {
            await page.GotoAsync($"/kader/peserta/{learner.Id}/dibantu/{lesson.Id}");
            foreach (var question in lesson.Indonesian.Quiz.Questions)
            {
                await page.Locator($"#{question.Id}-{question.Options.First(o => !o.IsCorrect).Id}").CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan jawaban untuk Painem" }).ClickAsync();
            await Assertions.Expect(page.Locator(".quiz-summary")).ToBeVisibleAsync();
            Assert.Equal(1, await AttemptsAsync(app, learner.Id));

            await page.ReloadAsync();
            await Assertions.Expect(page.Locator(".quiz-summary")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("MODE DIBANTU.")).ToBeVisibleAsync();
            Assert.Equal(1, await AttemptsAsync(app, learner.Id));
        }, signInAs: kader.Phone);
    }

    [Fact]
    public async Task ReloadingAfterAPinChangeShowsThePageWithoutSendingTheOldPinAgain()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"));
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Sumini");

        await browser.OnPhoneAsync(async page =>
        {
            await page.GotoAsync("/akun/pin");
            await page.GetByLabel("PIN lama").FillAsync(LearnApplication.Pin);
            await page.GetByLabel("PIN baru", new() { Exact = true }).FillAsync("246813");
            await page.GetByLabel("Ulangi PIN baru").FillAsync("246813");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ganti PIN" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("PIN sudah diganti");

            await page.ReloadAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ganti PIN" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("PIN lama salah.")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText("PIN sudah diganti")).ToHaveCountAsync(0);
            Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ActorId == learner.Id && a.Action == "account.pin_changed")));
        }, signInAs: learner.Phone);
    }

    private static Task<int> AttemptsAsync(LearnApplication app, int learnerId) =>
        app.WithDbAsync(db => db.QuizAttempts.CountAsync(q => q.AccountId == learnerId));
}
