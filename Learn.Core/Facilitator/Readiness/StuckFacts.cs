namespace Learn.Core.Facilitator.Readiness;

/// <summary>What <see cref="StuckRule"/> looks at for one learner; read in bulk by <see cref="LearnerStandings"/>.</summary>
public sealed record StuckFacts(
    DateTimeOffset RegisteredAt,
    DateTimeOffset? LastActivity,
    int FailuresInARow,
    bool IsReady,
    bool IsActive,
    bool HasKader,
    bool HelpUnanswered);
