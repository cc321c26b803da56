using Learn.Core.Accounts;

namespace Learn.Core.Facilitator.Roster;

/// <summary>One valid roster line, resolved: normalised phone, village and kader ids.</summary>
public sealed record RosterRow(int Row, string Name, string Phone, int VillageId, string Village, string? Hamlet, Gender Gender,
    int? BirthYear, int? KaderId, string? Kader);

/// <summary>What is wrong with one roster line (or the header, row 1): a code the UI words, the column and the value found.</summary>
public sealed record RosterProblem(int Row, string Column, string Code, string Value, int? OtherRow = null);

/// <summary>The check of a roster before anything is written.</summary>
public sealed record RosterPreview(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>A learner created from the roster, with the first PIN to hand over (shown once, never stored in clear).</summary>
public sealed record ImportedLearner(int Id, string Name, string Phone, string Village, string? Hamlet, string Pin);

public sealed record RosterImportResult(RosterPreview Preview, IReadOnlyList<ImportedLearner> Created);
