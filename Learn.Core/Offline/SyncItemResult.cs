namespace Learn.Core.Offline;

/// <summary>
/// What happened to one sync item. <see cref="Problem"/> names the wrong field for malformed items;
/// <see cref="LessonMastered"/> says, for a recorded answer, whether its lesson is mastered after the whole batch.
/// </summary>
public sealed record SyncItemResult(
    string? Id,
    SyncStatus Status,
    string? Problem = null,
    int? Correct = null,
    int? Total = null,
    bool? Passed = null,
    bool? NewlyMastered = null,
    bool? LessonMastered = null);
