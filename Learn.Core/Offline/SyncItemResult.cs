namespace Learn.Core.Offline;

/// <summary>What happened to one sync item. <see cref="Problem"/> names the wrong field for malformed items.</summary>
public sealed record SyncItemResult(
    string? Id,
    SyncStatus Status,
    string? Problem = null,
    int? Correct = null,
    int? Total = null,
    bool? Passed = null,
    bool? NewlyMastered = null);
