namespace Learn.Core.Kader.Matching;

/// <summary>A learner placed with a kader, and why.</summary>
public sealed record Placement(
    int LearnerId,
    int KaderId,
    bool IsNeighbourVillage,
    bool IsPinned,
    bool IsKept,
    IReadOnlyList<MatchReason> Reasons);
