namespace Learn.Core.Kader.Matching;

/// <summary>Everyone the matcher may consider in one run.</summary>
public sealed record MatchProblem(
    IReadOnlyList<MatchVillage> Villages,
    IReadOnlyList<MatchKader> Kader,
    IReadOnlyList<MatchLearner> Learners);
