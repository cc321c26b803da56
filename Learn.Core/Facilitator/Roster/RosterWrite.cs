namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// What an import writes: the valid rows with their first-PIN hashes, in file order, who imported them when, and
/// the one audit entry of the import that every learner's account names (one entry per import, not per learner:
/// those rows were about 40 % of the writes of a large roster). Each learner gets their place in the cohort and
/// their kader wish.
/// </summary>
internal sealed record RosterWrite(IReadOnlyList<RosterRow> Rows, IReadOnlyList<string> PinHashes, int ActorId, long AuditEntryId, int? CohortId,
    DateTimeOffset At);
