namespace Learn.Core.Kader.Matching;

/// <summary>A pinned pair that cannot hold, and the rule it breaks.</summary>
public sealed record PinConflict(int LearnerId, int KaderId, BrokenRule Rule);
