using System.Net;
using System.Text.Json;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Lessons;

[Collection(WebTests.Name)]
public class QuizAndProgressTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private async Task<(Account Learner, HttpClient Client)> SignedInLearnerAsync()
    {
        var village = await app.AddVillageAsync("Kuis " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        return (learner, client);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string lessonId, params (string Q, string O)[] picks) =>
        client.PostQuizAsync($"/belajar/{lessonId}", picks.Select(p => new KeyValuePair<string, string>(p.Q, p.O)));

    [StorageFact]
    public async Task AWrongAnswerShowsItsFeedbackThenTheRightAnswersMasterTheLessonOnce()
    {
        var (learner, client) = await SignedInLearnerAsync();

        var wrong = await AnswerAsync(client, "kenali", ("q1", "a"), ("q2", "a"), ("q2", "b"));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("1 dari 2 soal benar", wrongHtml);
        Assert.Contains("Tombol volume mengatur suara.", wrongHtml);
        Assert.DoesNotContain("Selamat!", wrongHtml);

        var right = await AnswerAsync(client, "kenali", ("q1", "b"), ("q2", "a"), ("q2", "b"));
        Assert.Contains("Selamat! Pelajaran ini sudah Anda kuasai.", await right.Content.ReadAsStringAsync());
        var again = await AnswerAsync(client, "kenali", ("q1", "b"), ("q2", "a"), ("q2", "b"));
        Assert.Contains("Lulus lagi", await again.Content.ReadAsStringAsync());

        var (attempts, progress) = await app.WithDbAsync(async db => (
            await db.QuizAttempts.CountAsync(a => a.AccountId == learner.Id),
            await db.LessonProgress.SingleAsync(p => p.AccountId == learner.Id && p.LessonId == "kenali")));
        Assert.Equal(3, attempts);
        Assert.Equal(3, progress.Attempts);
        Assert.Equal(1, progress.FailedAttempts);
        Assert.NotNull(progress.MasteredAt);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/progress"));
        var level1 = json.RootElement.GetProperty("levels")[0];
        Assert.Equal(1, level1.GetProperty("masteredLessons").GetInt32());
        Assert.Equal(50, level1.GetProperty("percent").GetInt32());
    }

    [StorageFact]
    public async Task AnsweringRedirectsToTheResultsWhichAReloadShowsAgainWithoutRecordingTwice()
    {
        var (learner, client) = await SignedInLearnerAsync();

        var posted = await client.PostFormAsync("/belajar/kenali", [new("q1", "a"), new("q2", "a"), new("q2", "b")]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var results = posted.Headers.Location!.OriginalString;
        Assert.Equal("/belajar/kenali?hasil=1&q1=a&q2=a&q2=b#kuis", results);

        var shown = await client.GetAsync(results.Split('#')[0]);
        var reloaded = await client.GetStringAsync(results.Split('#')[0]);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(shown.Headers.CacheControl?.NoStore);
        Assert.Contains("1 dari 2 soal benar", await shown.Content.ReadAsStringAsync());
        Assert.Contains("1 dari 2 soal benar", reloaded);
        Assert.Equal(1, await app.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.AccountId == learner.Id)));
    }

    [StorageTheory]
    [InlineData("q9", "a")]
    [InlineData("q1", "zz")]
    public async Task ATamperedQuizFormIsRefusedAndNothingIsRecorded(string question, string option)
    {
        var (learner, client) = await SignedInLearnerAsync();

        var response = await AnswerAsync(client, "kenali", (question, option));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tidak cocok dengan kuis ini", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.QuizAttempts.AnyAsync(a => a.AccountId == learner.Id)));
        Assert.False(await app.WithDbAsync(db => db.LessonProgress.AnyAsync(p => p.AccountId == learner.Id)));
    }

    [StorageFact]
    public async Task ALockedLevelsQuizIsNotRecordedUntilTheLevelBeforeIsMastered()
    {
        var (learner, client) = await SignedInLearnerAsync();

        var locked = await AnswerAsync(client, "caption", ("q1", "a"));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("belum terbuka", await locked.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.QuizAttempts.AnyAsync(a => a.AccountId == learner.Id)));

        await AnswerAsync(client, "kenali", ("q1", "b"), ("q2", "a"), ("q2", "b"));
        await AnswerAsync(client, "aman", ("q1", "b"), ("q2", "b"));
        var open = await AnswerAsync(client, "caption", ("q1", "a"));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("Selamat!", await open.Content.ReadAsStringAsync());
    }

    [StorageFact]
    public async Task AVisitorsAnswersAreGradedButNotStored()
    {
        var client = app.CreateBrowserLikeClient();
        var before = await app.WithDbAsync(db => db.QuizAttempts.CountAsync());

        // The anonymous page carries no antiforgery token (its quiz stores nothing), so the visitor posts without one.
        var posted = await client.PostAsync("/belajar/kenali", new FormUrlEncodedContent(
            [new("q1", "b"), new("q2", "a"), new("q2", "b")]));

        // Post-redirect-get: the visitor is sent to the results, graded again from the address.
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var response = await client.GetAsync(posted.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Masuk sebagai peserta supaya hasilnya tersimpan", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.QuizAttempts.CountAsync()));
    }

    [StorageFact]
    public async Task PassingThePlacementCheckSkipsTheLevelAndOpensTheNext()
    {
        var (learner, client) = await SignedInLearnerAsync();

        var failed = await AnswerAsync(client, "cek-dasar", ("q1", "a"), ("q2", "b"));
        Assert.DoesNotContain("Selamat!", await failed.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.LevelUnlocks.AnyAsync(u => u.AccountId == learner.Id)));

        await AnswerAsync(client, "cek-dasar", ("q1", "b"), ("q2", "b"));

        var unlock = await app.WithDbAsync(db => db.LevelUnlocks.SingleAsync(u => u.AccountId == learner.Id));
        Assert.Equal((1, Learn.Core.Lessons.UnlockMethod.Placement), (unlock.LevelNumber, unlock.Method));
        Assert.Contains("Dilewati lewat tes penempatan", await client.GetStringAsync("/"));
        Assert.Contains("Selamat!", await (await AnswerAsync(client, "caption", ("q1", "a"))).Content.ReadAsStringAsync());
    }
}
