using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Writes an import on SQLite through one prepared INSERT per table, reused for every row inside the open
/// transaction, reading each new id from the connection as it goes: no multi-row statements built per batch
/// and no lookup of ids afterwards (measured in bench/Roster). The accounts' insert also finds the phones
/// registered since the preview (ON CONFLICT DO NOTHING on the unique phone index, which the insert checks
/// anyway), so the import needs no separate query for them.
/// </summary>
internal static class SqliteRosterWriter
{
    /// <summary>The new ids in row order, or, when some phones are registered already, those rows (and nothing is complete).</summary>
    public static (int[] Ids, IReadOnlyList<RosterRow> Taken) Write(LearnDbContext db, RosterWrite write)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The import writes inside a transaction: all rows or none.");
        }

        var ids = new int[write.Rows.Count];
        var taken = new List<RosterRow>();
        using (var insert = new PreparedInsert(db, connection, typeof(Account), nameof(Account.Phone), nameof(Account.Name), nameof(Account.Phone),
                   nameof(Account.PinHash), nameof(Account.Role), nameof(Account.VillageId), nameof(Account.Hamlet), nameof(Account.Gender),
                   nameof(Account.BirthYear), nameof(Account.IsActive), nameof(Account.CreatedAt), nameof(Account.CreatedById),
                   nameof(Account.ImportAuditEntryId)))
        {
            // The same for every row: bound once.
            insert.Bind(3, (long)Role.Learner);
            insert.Bind(8, 1);
            insert.Bind(9, write.At.UtcTicks);
            insert.Bind(10, write.ActorId);
            insert.Bind(11, write.AuditEntryId);
            for (var i = 0; i < ids.Length; i++)
            {
                var r = write.Rows[i];
                insert.Bind(0, r.Name);
                insert.Bind(1, r.Phone);
                insert.Bind(2, write.PinHashes[i]);
                insert.Bind(4, r.VillageId);
                insert.Bind(5, r.Hamlet);
                insert.Bind(6, (long)r.Gender);
                insert.Bind(7, r.BirthYear);
                if (insert.Execute())
                {
                    ids[i] = checked((int)insert.LastId);
                }
                else
                {
                    taken.Add(r);
                }
            }
        }

        if (taken.Count > 0)
        {
            return (ids, taken);
        }

        if (write.CohortId is { } cohort)
        {
            using var insert = new PreparedInsert(db, connection, typeof(CohortMember), null, nameof(CohortMember.CohortId), nameof(CohortMember.LearnerId));
            insert.Bind(0, cohort);
            foreach (var id in ids)
            {
                insert.Bind(1, id);
                insert.Execute();
            }
        }

        using (var insert = new PreparedInsert(db, connection, typeof(KaderPreference), null, nameof(KaderPreference.LearnerId),
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

        return (ids, []);
    }
}
