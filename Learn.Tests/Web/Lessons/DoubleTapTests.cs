using System.Net;
using System.Net.Http.Json;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Lessons;

/// <summary>One learner answering one lesson from two places at once: a double tap, or the offline queue sending while the form posts.</summary>
[Collection(WebTests.Name)]
public sealed class DoubleTapTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Fact]
    public async Task TenSubmissionsOfOneLessonAtOnceNeverFailAndEachCountsOneAttempt()
    {
        var village = await app.AddVillageAsync("Ketuk " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        app.Time.Advance(TimeSpan.FromHours(1));
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        var token = await client.GetAntiforgeryTokenAsync("/belajar/kenali");
        var quiz = app.Services.GetRequiredService<CourseCatalog>().Current.FindLesson("kenali")!.Indonesian.Quiz;
        var wrong = quiz.Questions.ToDictionary(q => q.Id, q => new[] { q.Options.First(o => !o.IsCorrect).Id });
        var now = app.Time.GetUtcNow();

        // Six form posts (double taps) and four offline batches, all wrong, all at once.
        var form = Enumerable.Range(0, 6).Select(_ => client.PostAsync("/belajar/kenali", new FormUrlEncodedContent(
            wrong.SelectMany(a => a.Value.Select(o => new KeyValuePair<string, string>(a.Key, o)))
                .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)))));
        var sync = Enumerable.Range(0, 4).Select(i => client.PostAsJsonAsync("/api/v1/sync", new
        {
            items = new[] { new { id = $"tap-{i}", lessonId = "kenali", answers = wrong, answeredAt = now.AddMinutes(-i).ToString("O") } },
        }));
        var responses = await Task.WhenAll(form.Concat(sync));

        // Each form post is recorded and redirected to its results (post-redirect-get); each batch answers 200.
        Assert.All(responses[..6], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(responses[6..], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var (rows, progress, summary) = await app.WithDbAsync(async db => (
            await db.QuizAttempts.CountAsync(a => a.AccountId == learner.Id && a.LessonId == "kenali"),
            await db.LessonProgress.AsNoTracking().SingleAsync(p => p.AccountId == learner.Id && p.LessonId == "kenali"),
            await db.LearnerLevelSummaries.AsNoTracking().SingleAsync(s => s.AccountId == learner.Id && s.LevelNumber == 1)));
        Assert.Equal(10, rows);
        Assert.Equal(10, progress.Attempts);
        Assert.Equal(10, progress.FailedAttempts);
        Assert.Equal(10, progress.ConsecutiveFailures);
        Assert.Equal(10, summary.Attempts);
    }
}
