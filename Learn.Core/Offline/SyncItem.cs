namespace Learn.Core.Offline;

/// <summary>
/// One quiz answered on the phone while offline, as the phone sends it. Every field may be missing
/// or wrong: the sync service checks each one and says what is wrong.
/// </summary>
public sealed record SyncItem(
    string? Id,
    string? LessonId,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Answers,
    DateTimeOffset? AnsweredAt);
