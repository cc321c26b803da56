using Learn.Core.Accounts;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// What an import writes: the learners (first PINs already hashed), in the order of their valid rows, and who
/// imported them when. Each learner gets an audit entry naming the roster row, their place in the cohort and
/// their kader wish.
/// </summary>
internal sealed record RosterWrite(IReadOnlyList<Account> Accounts, IReadOnlyList<RosterRow> Rows, int ActorId, int? CohortId, DateTimeOffset At)
{
    public const string CreatedAction = "account.created";

    public static string CreatedDetails(RosterRow row) => $"learner imported from roster row {row.Row}";
}
