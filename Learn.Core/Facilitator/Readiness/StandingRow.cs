namespace Learn.Core.Facilitator.Readiness;

/// <summary>One learner's facts as <see cref="StandingsSql"/> reads them: one row a learner, counted in SQL.</summary>
internal readonly record struct StandingRow(
    int Id,
    int VillageId,
    int Gender,
    int? BirthYear,
    long RegisteredAt,
    bool IsActive,
    long MasteredLevels,
    long? LastActivityAt,
    int FailuresInARow,
    bool MeetsMilestonesAndSignOffs,
    bool SellsOnline,
    bool HelpUnanswered,
    bool HasKader);
