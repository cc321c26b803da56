using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Tests.Web.Shop;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Lessons;

/// <summary>The lesson page shows quiz options in the learner's shuffled order and grades by option id.</summary>
[Collection(ShopWebTests.Name)]
public sealed partial class QuizShuffleTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    private const string LessonId = "kenali-ponsel";

    private Lesson Lesson => app.Services.GetRequiredService<CourseCatalog>().Current.FindLesson(LessonId)!;

    private static List<string> ShownOrder(string html, string questionId) =>
        [.. OptionInput().Matches(html).Where(m => m.Groups[1].Value == questionId).Select(m => m.Groups[2].Value)];

    private List<string> Expected(int? learnerId, int attempt, string questionId) =>
        [.. OptionShuffle.Order(Lesson.Indonesian.Quiz.Find(questionId)!, OptionShuffle.Seed(learnerId, LessonId, attempt)).Select(o => o.Id)];

    [Fact]
    public async Task ALearnerSeesTheirOwnOrderAndTheFeedbackOfTheOptionTheyPicked()
    {
        var village = await app.AddVillageAsync("Acak " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var first = await client.GetStringAsync($"/belajar/{LessonId}");
        Assert.All(Lesson.Indonesian.Quiz.Questions, q => Assert.Equal(Expected(learner.Id, 1, q.Id), ShownOrder(first, q.Id)));
        Assert.Equal(ShownOrder(first, "q1"), ShownOrder(await client.GetStringAsync($"/belajar/{LessonId}"), "q1"));

        var picked = Lesson.Indonesian.Quiz.Find("q1")!.Options.Single(o => o.Id == ShownOrder(first, "q1")[0]);
        var answered = await (await client.PostQuizAsync($"/belajar/{LessonId}", [new("q1", picked.Id)])).Content.ReadAsStringAsync();

        Assert.Equal(ShownOrder(first, "q1"), ShownOrder(answered, "q1"));
        var feedback = FeedbackAfter(picked.Id).Match(answered);
        Assert.True(feedback.Success, "no feedback under the picked option");
        Assert.Contains(picked.FeedbackHtml, feedback.Groups[1].Value, StringComparison.Ordinal);
        var second = await client.GetStringAsync($"/belajar/{LessonId}");
        Assert.All(Lesson.Indonesian.Quiz.Questions, q => Assert.Equal(Expected(learner.Id, 2, q.Id), ShownOrder(second, q.Id)));
    }

    [Fact]
    public async Task AnonymousReadersGetOneStableOrder()
    {
        var client = app.CreateClient();

        var once = await client.GetStringAsync($"/belajar/{LessonId}");
        var twice = await client.GetStringAsync($"/belajar/{LessonId}");

        Assert.All(Lesson.Indonesian.Quiz.Questions, q =>
        {
            Assert.Equal(Expected(null, 1, q.Id), ShownOrder(once, q.Id));
            Assert.Equal(ShownOrder(once, q.Id), ShownOrder(twice, q.Id));
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/belajar/{LessonId}")).StatusCode);
    }

    [GeneratedRegex("<input type=\"(?:radio|checkbox)\" id=\"(q\\d+)-([a-f])\"")]
    private static partial Regex OptionInput();

    private static Regex FeedbackAfter(string optionId) =>
        new($"id=\"q1-{optionId}\".*?<p class=\"feedback[^\"]*\">(.*?)</p>", RegexOptions.Singleline);
}
