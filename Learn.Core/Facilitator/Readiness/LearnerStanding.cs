using Learn.Core.Accounts;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>Where one learner stands, computed from aggregates for a whole district at once.</summary>
public sealed record LearnerStanding(
    int Id,
    int VillageId,
    Gender Gender,
    int? BirthYear,
    IReadOnlySet<int> MasteredLevels,
    int CurrentLevel,
    bool IsReady,
    bool SellsOnline,
    DateTimeOffset? LastActivity,
    int ConsecutiveFailures,
    StuckReason Stuck);
