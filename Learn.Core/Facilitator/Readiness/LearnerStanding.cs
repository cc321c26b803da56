using Learn.Core.Accounts;

namespace Learn.Core.Facilitator.Readiness;

[Flags]
public enum StuckReason
{
    None = 0,

    /// <summary>No lesson activity (or, never started, no sign of life since registering) for 7 days.</summary>
    NoProgress = 1,

    /// <summary>The same quiz failed three times in a row.</summary>
    RepeatedFailures = 2,

    /// <summary>A help request still open with no reply from any helper a day after it was asked.</summary>
    HelpUnanswered = 4,
}

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
