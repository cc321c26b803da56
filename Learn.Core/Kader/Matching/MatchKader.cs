using Learn.Core.Accounts;

namespace Learn.Core.Kader.Matching;

/// <summary>
/// A kader as the matcher sees them: where they live, whom they can take and how many.
/// <see cref="Reserved"/> counts places held by learners outside this run, which stay untouched.
/// </summary>
public sealed record MatchKader(
    int Id,
    int VillageId,
    string? Hamlet,
    Gender Gender,
    IReadOnlySet<string> Languages,
    int Capacity,
    int QualifiedUpTo,
    bool IsActive,
    int Reserved = 0);
