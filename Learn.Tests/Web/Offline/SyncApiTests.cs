using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Offline;

[Collection(WebTests.Name)]
public class SyncApiTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private Lesson Lesson(string id) => app.Services.GetRequiredService<CourseCatalog>().Current.FindLesson(id)!;

    private Dictionary<string, string[]> RightAnswers(string lessonId) =>
        Lesson(lessonId).Indonesian.Quiz.Questions.ToDictionary(q => q.Id, q => q.CorrectOptionIds.ToArray());

    private Dictionary<string, string[]> WrongAnswers(string lessonId) =>
        Lesson(lessonId).Indonesian.Quiz.Questions.ToDictionary(q => q.Id, q => new[] { q.Options.First(o => !o.IsCorrect).Id });

    private static object Item(string id, string lessonId, object answers, DateTimeOffset at) =>
        new { id, lessonId, answers, answeredAt = at.ToString("O") };

    private async Task<(HttpClient Client, Account Learner)> SignedInLearnerAsync()
    {
        var village = await app.AddVillageAsync("Sync " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        // The account is a day old, so answers from the last hours are within its life.
        app.Time.Advance(TimeSpan.FromDays(1));
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        return (client, learner);
    }

    private static async Task<JsonElement[]> SyncAsync(HttpClient client, params object[] items)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sync", new { items });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("results").EnumerateArray().ToArray();
    }

    private static string Status(JsonElement result) => result.GetProperty("status").GetString()!;

    private Task<(int Attempts, int Receipts, int Progress, DateTimeOffset? MasteredAt)> CountsAsync(int learnerId, string lessonId) =>
        app.WithDbAsync(async db =>
        {
            var progress = await db.LessonProgress.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == learnerId && p.LessonId == lessonId);
            return (await db.QuizAttempts.CountAsync(a => a.AccountId == learnerId && a.LessonId == lessonId),
                await db.SyncReceipts.CountAsync(r => r.AccountId == learnerId && r.LessonId == lessonId),
                progress?.Attempts ?? 0,
                progress?.MasteredAt);
        });

    [StorageFact]
    public async Task AReplayedBatchIsReportedAsDuplicateAndChangesNothing()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var at = app.Time.GetUtcNow().AddMinutes(-30);
        var item = Item("a1b2c3d4-0001", "kenali", RightAnswers("kenali"), at);

        var first = await SyncAsync(client, item);
        Assert.Equal("ok", Status(first[0]));
        Assert.True(first[0].GetProperty("newlyMastered").GetBoolean());

        var replay = await SyncAsync(client, item, item);
        Assert.All(replay, r => Assert.Equal("duplicate", Status(r)));
        Assert.Contains("tidak dihitung dua kali", replay[0].GetProperty("message").GetString());

        var counts = await CountsAsync(learner.Id, "kenali");
        Assert.Equal((1, 1, 1), (counts.Attempts, counts.Receipts, counts.Progress));
        Assert.Equal(at, counts.MasteredAt);
    }

    private static async Task<HttpResponseMessage> PostQuizAsync(HttpClient client, string lessonId, Dictionary<string, string[]> answers,
        string? clientId)
    {
        var fields = answers.SelectMany(a => a.Value.Select(o => new KeyValuePair<string, string>(a.Key, o))).ToList();
        if (clientId is not null)
        {
            fields.Add(new("clientId", clientId));
        }

        return await client.PostFormAsync($"/belajar/{lessonId}", fields);
    }

    [StorageFact]
    public async Task AQuizPostThatReachedTheServerButTimedOutOnThePhoneCountsOnceWhenTheQueueSendsItAgain()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var posted = await PostQuizAsync(client, "kenali", RightAnswers("kenali"), "post-timed-out-1");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        // The phone never saw that answer, so it queued the same answers under the same id.
        var results = await SyncAsync(client, Item("post-timed-out-1", "kenali", RightAnswers("kenali"), app.Time.GetUtcNow()));

        Assert.Equal("duplicate", Status(results[0]));
        Assert.True(results[0].GetProperty("lessonMastered").GetBoolean());
        Assert.EndsWith("Pelajaran dikuasai.", results[0].GetProperty("message").GetString());
        var counts = await CountsAsync(learner.Id, "kenali");
        Assert.Equal((1, 1, 1), (counts.Attempts, counts.Receipts, counts.Progress));
    }

    [StorageFact]
    public async Task TheSameQuizPostSentTwiceCountsOnceWhileFormsWithoutAnIdCountEachTime()
    {
        var (client, learner) = await SignedInLearnerAsync();
        await PostQuizAsync(client, "kenali", WrongAnswers("kenali"), "same-post");
        var again = await PostQuizAsync(client, "kenali", WrongAnswers("kenali"), "same-post");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("ulang=1", again.Headers.Location!.ToString());
        Assert.Equal(1, (await CountsAsync(learner.Id, "kenali")).Attempts);

        // The plain form (no script, so no id) is a new attempt every time, as before.
        await PostQuizAsync(client, "kenali", WrongAnswers("kenali"), null);
        await PostQuizAsync(client, "kenali", WrongAnswers("kenali"), null);
        var counts = await CountsAsync(learner.Id, "kenali");
        Assert.Equal((3, 1, 3), (counts.Attempts, counts.Receipts, counts.Progress));
    }

    [StorageFact]
    public async Task AQueuedAnswerSentBeforeItsTimedOutPostArrivesMakesThePostAReplay()
    {
        var (client, learner) = await SignedInLearnerAsync();
        Assert.Equal("ok", Status((await SyncAsync(client, Item("queued-first", "kenali", RightAnswers("kenali"), app.Time.GetUtcNow())))[0]));

        var posted = await PostQuizAsync(client, "kenali", RightAnswers("kenali"), "queued-first");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("ulang=1", posted.Headers.Location!.ToString());
        Assert.Equal(1, (await CountsAsync(learner.Id, "kenali")).Attempts);
    }

    [StorageFact]
    public async Task TheSameIdTwiceInOneBatchCountsOnce()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var item = Item("twice-in-one", "kenali", WrongAnswers("kenali"), app.Time.GetUtcNow().AddMinutes(-5));

        var results = await SyncAsync(client, item, item);

        Assert.Equal(["ok", "duplicate"], results.Select(Status));
        Assert.Equal(1, (await CountsAsync(learner.Id, "kenali")).Attempts);
    }

    [StorageFact]
    public async Task AnEarlierAnswerArrivingInALaterBatchMovesTheMasteryTimeBackAndALaterOneDoesNot()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();
        var right = RightAnswers("kenali");

        Assert.Equal("ok", Status((await SyncAsync(client, Item("later", "kenali", right, now.AddHours(-1))))[0]));
        var earlier = await SyncAsync(client, Item("earlier", "kenali", right, now.AddHours(-3)));
        Assert.Equal("ok", Status(earlier[0]));
        Assert.False(earlier[0].GetProperty("newlyMastered").GetBoolean());
        await SyncAsync(client, Item("latest", "kenali", right, now.AddMinutes(-1)));

        var counts = await CountsAsync(learner.Id, "kenali");
        Assert.Equal(now.AddHours(-3), counts.MasteredAt);
        Assert.Equal(3, counts.Attempts);
    }

    [StorageFact]
    public async Task ItemsInOneBatchAreAppliedInAnswerOrderSoMasteringLevelOneOpensLevelTwo()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();

        // Sent out of order: the level-2 answer first, though it was answered last.
        var results = await SyncAsync(client,
            Item("l2", "caption", RightAnswers("caption"), now.AddMinutes(-1)),
            Item("l1-b", "aman", RightAnswers("aman"), now.AddMinutes(-20)),
            Item("l1-a", "kenali", RightAnswers("kenali"), now.AddMinutes(-30)));

        Assert.Equal(["ok", "ok", "ok"], results.Select(Status));
        Assert.Equal(now.AddMinutes(-1), (await CountsAsync(learner.Id, "caption")).MasteredAt);
    }

    [StorageFact]
    public async Task AnAnswerForALockedLevelIsRefusedAndNotRecorded()
    {
        var (client, learner) = await SignedInLearnerAsync();

        var results = await SyncAsync(client, Item("locked-1", "caption", RightAnswers("caption"), app.Time.GetUtcNow()));

        Assert.Equal("level_locked", Status(results[0]));
        Assert.Contains("belum terbuka", results[0].GetProperty("message").GetString());
        Assert.Equal((0, 0), ((await CountsAsync(learner.Id, "caption")).Attempts, (await CountsAsync(learner.Id, "caption")).Receipts));
    }

    [StorageFact]
    public async Task ALessonThatNoLongerExistsIsReportedWhileTheRestOfTheBatchIsRecorded()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();

        var results = await SyncAsync(client,
            Item("gone-1", "pelajaran-lama-yang-dihapus", new Dictionary<string, string[]> { ["q1"] = ["a"] }, now),
            Item("kept-1", "kenali", RightAnswers("kenali"), now));

        Assert.Equal(["unknown_lesson", "ok"], results.Select(Status));
        Assert.Contains("pelajaran-lama-yang-dihapus", results[0].GetProperty("message").GetString());
        Assert.Equal(1, (await CountsAsync(learner.Id, "kenali")).Attempts);
        Assert.Equal(0, await app.WithDbAsync(db => db.SyncReceipts.CountAsync(r => r.AccountId == learner.Id && r.ClientId == "gone-1")));
    }

    [StorageFact]
    public async Task MalformedItemsNameTheFieldThatIsWrongAndTheGoodOnesStillCount()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow().ToString("O");
        var json = $$"""
            {"items": [
              {"lessonId": "kenali", "answers": {}, "answeredAt": "{{now}}"},
              {"id": "bad id with spaces", "lessonId": "kenali", "answers": {}, "answeredAt": "{{now}}"},
              {"id": "m3", "lessonId": "kenali", "answers": {"q1": "a"}, "answeredAt": "{{now}}"},
              {"id": "m4", "lessonId": "kenali", "answers": {"q99": ["a"]}, "answeredAt": "{{now}}"},
              {"id": "m5", "lessonId": "kenali", "answers": {}, "answeredAt": "kemarin sore"},
              {"id": "m6", "lessonId": 42, "answers": {}, "answeredAt": "{{now}}"},
              "not an object",
              {"id": "m8", "lessonId": "kenali", "answeredAt": "{{now}}"},
              {"id": "good", "lessonId": "kenali", "answers": {"q1": ["b"]}, "answeredAt": "{{now}}"}
            ]}
            """;

        var response = await client.PostAsync("/api/v1/sync", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToArray();

        // Results come in answer order: items whose JSON could not be read (no usable answer time) first, then by
        // answer time in the order sent, so the one good answer is the last line.
        Assert.Equal(9, results.Length);
        Assert.All(results[..8], r => Assert.Equal("malformed", Status(r)));
        var problems = results[..8].Select(r => r.GetProperty("problem").GetString()!).ToArray();
        Assert.StartsWith("answers.q1:", problems[0]);
        Assert.StartsWith("answeredAt:", problems[1]);
        Assert.StartsWith("lessonId:", problems[2]);
        Assert.StartsWith("item:", problems[3]);
        Assert.StartsWith("id:", problems[4]);
        Assert.StartsWith("id:", problems[5]);
        Assert.Contains("q99", problems[6]);
        Assert.StartsWith("answers:", problems[7]);
        Assert.Contains("rusak", results[0].GetProperty("message").GetString());
        Assert.Equal("ok", Status(results[8]));
        Assert.Equal("good", results[8].GetProperty("id").GetString());
        Assert.Equal(1, (await CountsAsync(learner.Id, "kenali")).Attempts);
    }

    [StorageFact]
    public async Task ResultsComeBackInTheOrderTheLearnerAnsweredSoTheLastLineIsTheMastery()
    {
        var (client, _) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();
        // Sent in the order of their random ids, as the phone's store lists them: the mastery is not last.
        var results = await SyncAsync(client,
            Item("c-9", "kenali", RightAnswers("kenali"), now.AddMinutes(-10)),
            Item("a-1", "kenali", WrongAnswers("kenali"), now.AddMinutes(-30)),
            Item("b-5", "kenali", WrongAnswers("kenali"), now.AddMinutes(-20)));

        Assert.Equal(["a-1", "b-5", "c-9"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("Pelajaran dikuasai", results[^1].GetProperty("message").GetString());
        Assert.True(results[^1].GetProperty("newlyMastered").GetBoolean());
    }

    [StorageFact]
    public async Task AFailedTryAfterTheMasterySaysTheLessonIsStillMastered()
    {
        var (client, _) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();
        var results = await SyncAsync(client,
            Item("pass", "kenali", RightAnswers("kenali"), now.AddMinutes(-20)),
            Item("slip", "kenali", WrongAnswers("kenali"), now.AddMinutes(-10)));

        Assert.Equal(["pass", "slip"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("sudah Anda kuasai", results[^1].GetProperty("message").GetString());
        Assert.DoesNotContain("Coba lagi", results[^1].GetProperty("message").GetString());
    }

    [StorageTheory]
    [InlineData("""{"items": "semua"}""")]
    [InlineData("""{"items": []}""")]
    [InlineData("""[{"id": "x"}]""")]
    public async Task ABatchWithoutAListOfItemsIsRefusedWholeNamingItems(string json)
    {
        var (client, learner) = await SignedInLearnerAsync();

        var response = await client.PostAsync("/api/v1/sync", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("items", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.SyncReceipts.CountAsync(r => r.AccountId == learner.Id)));
    }

    [StorageFact]
    public async Task ABatchThatIsNotJsonIsRefused()
    {
        var (client, _) = await SignedInLearnerAsync();

        var response = await client.PostAsync("/api/v1/sync", new StringContent("{items: [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [StorageFact]
    public async Task AnswerTimesAreKeptWithinTheAccountsLifeAndNeverInTheFuture()
    {
        var (client, learner) = await SignedInLearnerAsync();
        var now = app.Time.GetUtcNow();

        await SyncAsync(client,
            Item("future", "kenali", RightAnswers("kenali"), now.AddDays(3)),
            Item("ancient", "aman", RightAnswers("aman"), new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(now, (await CountsAsync(learner.Id, "kenali")).MasteredAt);
        Assert.Equal(learner.CreatedAt, (await CountsAsync(learner.Id, "aman")).MasteredAt);
    }

    [StorageFact]
    public async Task OnlyASignedInLearnerCanSync()
    {
        var village = await app.AddVillageAsync("Sync staff " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id);
        var staff = app.CreateBrowserLikeClient();
        await staff.SignInOkAsync(kader.Phone);
        var body = new { items = new[] { Item("k1", "kenali", RightAnswers("kenali"), app.Time.GetUtcNow()) } };

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/sync", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBrowserLikeClient().PostAsJsonAsync("/api/v1/sync", body)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.SyncReceipts.CountAsync(r => r.AccountId == kader.Id)));
    }

    [StorageFact]
    public async Task ALevelsFilesAreListedWithSizesForSavingOffline()
    {
        var client = app.CreateClient();

        var level = await client.GetFromJsonAsync<JsonElement>("/api/v1/offline/levels/1");
        var files = level.GetProperty("files").EnumerateArray().ToArray();
        var urls = files.Select(f => f.GetProperty("url").GetString()).ToArray();

        Assert.Contains("/belajar/kenali", urls);
        Assert.Contains("/belajar/aman", urls);
        Assert.Contains(urls, u => u!.StartsWith("/kursus/", StringComparison.Ordinal) && u.Contains(".svg"));
        Assert.All(files, f => Assert.True(f.GetProperty("bytes").GetInt64() > 0));
        Assert.Equal(files.Sum(f => f.GetProperty("bytes").GetInt64()), level.GetProperty("totalBytes").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/offline/levels/99")).StatusCode);
    }
}
