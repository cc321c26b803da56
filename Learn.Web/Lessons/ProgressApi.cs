using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Learn.Web.Lessons;

public static class ProgressApi
{
    public sealed record LevelProgressDto(int Number, string Slug, string Title, int MasteredLessons, int TotalLessons,
        int Percent, bool Unlocked, bool Mastered);

    public sealed record LessonProgressDto(string LessonId, int Level, int Attempts, bool Mastered, DateTimeOffset? MasteredAt);

    public sealed record ProgressDto(int AccountId, int CurrentLevel, string? ContinueWithLessonId,
        IReadOnlyList<LevelProgressDto> Levels, IReadOnlyList<LessonProgressDto> Lessons);

    public static RouteGroupBuilder MapLearnApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Progress").WithLearnErrors();
        api.MapGet("/me/progress", GetMine).WithName("GetMyProgress")
            .WithSummary("The signed-in learner's progress through the levels.");
        api.MapGet("/learners/{learnerId:int}/progress", GetLearners).WithName("GetLearnerProgress")
            .WithSummary("A learner's progress, for their kader or facilitator. 404 when the caller may not see them.");
        return api;
    }

    private static async Task<Ok<ProgressDto>> GetMine(HttpContext http, ProgressService progress, CancellationToken ct)
    {
        var actor = http.User.RequireActor();
        return TypedResults.Ok(ToDto(actor.Id, await progress.GetJourneyAsync(actor.Id, ct)));
    }

    private static async Task<Results<Ok<ProgressDto>, NotFound>> GetLearners(int learnerId, HttpContext http,
        ProgressService progress, AccessPolicy access, CancellationToken ct)
    {
        var actor = http.User.RequireActor();
        // Not 403: a stranger should not even learn whether the id exists.
        if (!await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(ToDto(learnerId, await progress.GetJourneyAsync(learnerId, ct)));
    }

    private static ProgressDto ToDto(int accountId, Journey journey) => new(
        accountId,
        journey.CurrentLevel,
        journey.ContinueWith?.Id,
        journey.Levels.Select(s => new LevelProgressDto(s.Level.Number, s.Level.Slug, s.Level.Title(CourseLanguage.Indonesian),
            s.MasteredLessons, s.TotalLessons, s.Percent, s.IsUnlocked, s.IsMastered)).ToList(),
        journey.Progress.Values.OrderBy(p => p.LevelNumber).ThenBy(p => p.LessonId)
            .Select(p => new LessonProgressDto(p.LessonId, p.LevelNumber, p.Attempts, p.IsMastered, p.MasteredAt)).ToList());
}
