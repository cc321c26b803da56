using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Tests.Web.Shop;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Lessons;

/// <summary>The shipped level-1 placement check, answered through the lesson page.</summary>
[Collection(ShopWebTests.Name)]
public sealed class PlacementMustPassTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    private async Task<(HttpClient Client, int LearnerId)> LearnerAsync()
    {
        var village = await app.AddVillageAsync("Cek " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        return (client, learner.Id);
    }

    private static List<KeyValuePair<string, string>> Answers(Learn.Content.Courses.Lesson placement, Func<Learn.Content.Quizzes.QuizQuestion, bool> wrong) =>
        [.. placement.Indonesian.Quiz.Questions.SelectMany(q =>
            (wrong(q) ? q.Options.Where(o => !o.IsCorrect).Take(1) : q.Options.Where(o => o.IsCorrect))
            .Select(o => new KeyValuePair<string, string>(q.Id, o.Id)))];

    [Fact]
    public async Task ALearnerWhoMissesTheApkQuestionIsNotPlacedAboveTheBasicsEvenWithAPassingScore()
    {
        var (client, learnerId) = await LearnerAsync();
        var placement = app.Services.GetRequiredService<Learn.Content.Courses.CourseCatalog>().Current.FindLevel(1)!.Placement!;
        var apk = placement.Indonesian.Quiz.Questions.Single(q => q.MustPass && q.TextHtml.Contains(".apk", StringComparison.Ordinal));

        var response = await client.PostQuizAsync($"/belajar/{placement.Id}", Answers(placement, q => q == apk));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("quiz-summary failed", html, StringComparison.Ordinal);
        Assert.Contains("soal keamanan yang bertanda wajib belum benar", html, StringComparison.Ordinal);
        var journey = await JourneyAsync(learnerId);
        Assert.False(journey.For(1)!.IsMastered);
        Assert.False(journey.For(2)!.IsUnlocked);
    }

    [Fact]
    public async Task ALearnerWhoGetsEverySafetyQuestionRightIsPlacedInTheNextLevel()
    {
        var (client, learnerId) = await LearnerAsync();
        var placement = app.Services.GetRequiredService<Learn.Content.Courses.CourseCatalog>().Current.FindLevel(1)!.Placement!;
        var oneOrdinary = placement.Indonesian.Quiz.Questions.First(q => !q.MustPass);

        var response = await client.PostQuizAsync($"/belajar/{placement.Id}", Answers(placement, q => q == oneOrdinary));

        Assert.Contains("quiz-summary passed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await JourneyAsync(learnerId)).For(2)!.IsUnlocked);
    }

    private async Task<Journey> JourneyAsync(int learnerId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ProgressService>().GetJourneyAsync(learnerId);
    }
}
