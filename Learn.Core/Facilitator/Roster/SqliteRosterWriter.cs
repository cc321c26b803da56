using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Writes an import on SQLite through one prepared INSERT per table, reused for every row inside the open
/// transaction, reading each new id from the connection as it goes: no multi-row statements built per batch
/// and no lookup of ids afterwards (measured in bench/Roster).
/// </summary>
internal static class SqliteRosterWriter
{
    public static int[] Write(LearnDbContext db, RosterWrite write)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The import writes inside a transaction: all rows or none.");
        }

        var ids = new int[write.Accounts.Count];
        using (var insert = new PreparedInsert(db, connection, typeof(Account), nameof(Account.Name), nameof(Account.Phone),
                   nameof(Account.PinHash), nameof(Account.Role), nameof(Account.VillageId), nameof(Account.Hamlet), nameof(Account.Gender),
                   nameof(Account.BirthYear), nameof(Account.IsActive), nameof(Account.CreatedAt), nameof(Account.CreatedById)))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var a = write.Accounts[i];
                insert.Bind(0, a.Name);
                insert.Bind(1, a.Phone);
                insert.Bind(2, a.PinHash);
                insert.Bind(3, (long)a.Role);
                insert.Bind(4, a.VillageId);
                insert.Bind(5, a.Hamlet);
                insert.Bind(6, (long)a.Gender);
                insert.Bind(7, a.BirthYear);
                insert.Bind(8, a.IsActive ? 1 : 0);
                insert.Bind(9, a.CreatedAt.UtcTicks);
                insert.Bind(10, a.CreatedById);
                insert.Execute();
                ids[i] = checked((int)insert.LastId);
            }
        }

        using (var insert = new PreparedInsert(db, connection, typeof(AuditEntry), nameof(AuditEntry.At), nameof(AuditEntry.ActorId),
                   nameof(AuditEntry.Action), nameof(AuditEntry.SubjectAccountId), nameof(AuditEntry.Details)))
        {
            insert.Bind(0, write.At.UtcTicks);
            insert.Bind(1, write.ActorId);
            insert.Bind(2, RosterWrite.CreatedAction);
            for (var i = 0; i < ids.Length; i++)
            {
                insert.Bind(3, ids[i]);
                insert.Bind(4, RosterWrite.CreatedDetails(write.Rows[i]));
                insert.Execute();
            }
        }

        if (write.CohortId is { } cohort)
        {
            using var insert = new PreparedInsert(db, connection, typeof(CohortMember), nameof(CohortMember.CohortId), nameof(CohortMember.LearnerId));
            insert.Bind(0, cohort);
            foreach (var id in ids)
            {
                insert.Bind(1, id);
                insert.Execute();
            }
        }

        using (var insert = new PreparedInsert(db, connection, typeof(KaderPreference), nameof(KaderPreference.LearnerId),
                   nameof(KaderPreference.KaderId), nameof(KaderPreference.At)))
        {
            insert.Bind(2, write.At.UtcTicks);
            for (var i = 0; i < ids.Length; i++)
            {
                if (write.Rows[i].KaderId is { } kader)
                {
                    insert.Bind(0, ids[i]);
                    insert.Bind(1, kader);
                    insert.Execute();
                }
            }
        }

        return ids;
    }
}
