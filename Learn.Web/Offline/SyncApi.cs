using System.Globalization;
using System.Text.Json;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Offline;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Offline;

/// <summary>
/// The phone's way back: quizzes answered offline are posted here in batches, and the files of a
/// level are listed so the phone can save the level before going out of signal.
/// </summary>
public static class SyncApi
{
    public sealed record SyncItemResultDto(string? Id, string Status, string Message, string? Problem, int? Correct, int? Total,
        bool? Passed, bool? NewlyMastered, bool? LessonMastered);

    public sealed record SyncResponse(IReadOnlyList<SyncItemResultDto> Results);

    public sealed record OfflineFileDto(string Url, long Bytes);

    public sealed record OfflineLevelDto(int Level, string Title, long TotalBytes, IReadOnlyList<OfflineFileDto> Files);

    public static IEndpointRouteBuilder MapSyncApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Offline").WithLearnErrors();
        api.MapPost("/sync", Sync).RequireAuthorization().WithName("SyncOfflineAnswers")
            .WithSummary("Records quizzes answered offline. Each item {id, lessonId, answers, answeredAt} gets its own result: "
                + "ok, duplicate, unknown_lesson, malformed or level_locked. Sending the same id again changes nothing. "
                + "Results come in the order the items were answered (answeredAt; items without one first), so the last line about a lesson is its final state.");
        api.MapGet("/offline/levels/{number:int}", GetLevelFiles).AllowAnonymous().WithName("GetOfflineLevelFiles")
            .WithSummary("The pages and pictures of a level, with their approximate sizes, for saving it on the phone.");
        return app;
    }

    private static async Task<Results<Ok<SyncResponse>, ValidationProblem, ProblemHttpResult>> Sync(JsonElement body,
        HttpContext http, SyncService sync, CourseCatalog courses, IStringLocalizer t, CancellationToken ct)
    {
        var actor = http.User.RequireActor();
        if (actor.Role != Role.Learner)
        {
            return TypedResults.Problem(t["Offline.Sync.LearnersOnly"], statusCode: StatusCodes.Status403Forbidden);
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("items", out var itemsJson)
            || itemsJson.ValueKind != JsonValueKind.Array || itemsJson.GetArrayLength() is 0 or > SyncService.MaxBatchSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["items"] = [t["Offline.Sync.BadBatch", SyncService.MaxBatchSize]],
            });
        }

        // Items whose JSON has the wrong shape are answered here; the rest go to the service in one batch.
        var parsed = itemsJson.EnumerateArray().Select(ParseItem).ToList();
        var wellFormed = parsed.Where(p => p.Problem is null).Select(p => p.Item).ToList();
        var recorded = new Queue<SyncItemResult>(await sync.SyncAsync(actor.Id, wellFormed, ct));
        var course = courses.Current;
        var language = LocalizationExtensions.CurrentLanguage();
        var results = parsed.Select(p => ToDto(
            p.Problem is null ? recorded.Dequeue() : new SyncItemResult(p.Item.Id, SyncStatus.Malformed, p.Problem),
            p.Item.LessonId, course, language, t)).ToList();
        var order = SyncService.AnswerOrder(parsed.Select(p => p.Item).ToList());
        return TypedResults.Ok(new SyncResponse(order.Select(i => results[i]).ToList()));
    }

    private static SyncItemResultDto ToDto(SyncItemResult r, string? lessonId, CourseSnapshot course, string language,
        IStringLocalizer t)
    {
        var title = lessonId is null ? string.Empty : course.FindLesson(lessonId)?.In(language).Title ?? lessonId;
        var (status, message) = r.Status switch
        {
            SyncStatus.Ok => ("ok", r.Passed == true
                ? t["Offline.Sync.OkPassed", title, r.Correct!, r.Total!]
                : r.LessonMastered == true
                    ? t["Offline.Sync.OkFailedMastered", title, r.Correct!, r.Total!]
                    : t["Offline.Sync.OkFailed", title, r.Correct!, r.Total!]),
            SyncStatus.Duplicate => ("duplicate", r.LessonMastered == true && title.Length > 0
                ? t["Offline.Sync.DuplicateMastered", title]
                : t["Offline.Sync.Duplicate"]),
            SyncStatus.UnknownLesson => ("unknown_lesson", t["Offline.Sync.UnknownLesson", title]),
            SyncStatus.LevelLocked => ("level_locked", t["Offline.Sync.LevelLocked", title]),
            _ => ("malformed", t["Offline.Sync.Malformed", r.Problem ?? "?"]),
        };
        return new SyncItemResultDto(r.Id, status, message, r.Problem, r.Correct, r.Total, r.Passed, r.NewlyMastered, r.LessonMastered);
    }

    private static (SyncItem Item, string? Problem) ParseItem(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (new SyncItem(null, null, null, null), "item: expected an object");
        }

        string? Text(string name) =>
            json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        bool WrongType(string name, JsonValueKind expected) =>
            json.TryGetProperty(name, out var v) && v.ValueKind != expected && v.ValueKind != JsonValueKind.Null;

        var id = Text("id");
        var lessonId = Text("lessonId");
        var partial = new SyncItem(id, lessonId, null, null);
        if (WrongType("id", JsonValueKind.String))
        {
            return (partial, "id: expected a string");
        }

        if (WrongType("lessonId", JsonValueKind.String))
        {
            return (partial, "lessonId: expected a string");
        }

        DateTimeOffset? answeredAt = null;
        if (Text("answeredAt") is { } at)
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsedAt))
            {
                return (partial, "answeredAt: expected a date and time like 2026-11-27T08:00:00Z");
            }

            answeredAt = parsedAt;
        }
        else if (WrongType("answeredAt", JsonValueKind.String))
        {
            return (partial, "answeredAt: expected a date and time like 2026-11-27T08:00:00Z");
        }

        Dictionary<string, IReadOnlyList<string>>? answers = null;
        if (json.TryGetProperty("answers", out var answersJson) && answersJson.ValueKind != JsonValueKind.Null)
        {
            if (answersJson.ValueKind != JsonValueKind.Object)
            {
                return (partial, "answers: expected an object of question id to option ids");
            }

            answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var question in answersJson.EnumerateObject())
            {
                if (question.Value.ValueKind != JsonValueKind.Array
                    || question.Value.EnumerateArray().Any(o => o.ValueKind != JsonValueKind.String))
                {
                    return (partial, $"answers.{question.Name}: expected a list of option ids");
                }

                answers[question.Name] = question.Value.EnumerateArray().Select(o => o.GetString()!).ToList();
            }
        }

        return (new SyncItem(id, lessonId, answers, answeredAt), null);
    }

    private static Results<Ok<OfflineLevelDto>, ProblemHttpResult> GetLevelFiles(int number, CourseCatalog courses,
        OfflineFiles files, IStringLocalizer t)
    {
        var course = courses.Current;
        if (course.FindLevel(number) is not { } level)
        {
            return TypedResults.Problem(t["Offline.Level.Unknown", number], statusCode: StatusCodes.Status404NotFound);
        }

        var language = LocalizationExtensions.CurrentLanguage();
        var list = files.For(course, level, language).Select(f => new OfflineFileDto(f.Url, f.Bytes)).ToList();
        return TypedResults.Ok(new OfflineLevelDto(level.Number, level.Title(language), list.Sum(f => f.Bytes), list));
    }
}
