using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Writes an import on SQLite through one prepared INSERT per table, reused for every row inside the open
/// transaction, reading each new id from the connection as it goes: about twice as fast as multi-row INSERT
/// statements built per batch, and no lookup of ids afterwards (measured in bench/Roster).
/// </summary>
internal static class SqliteRosterWriter
{
    public static int[] Write(LearnDbContext db, RosterWrite write)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)(db.Database.CurrentTransaction ?? throw new InvalidOperationException("The import writes inside a transaction."))
            .GetDbTransaction();
        var ids = new int[write.Accounts.Count];
        using (var insert = new PreparedInsert(db, connection, transaction, typeof(Account), nameof(Account.Name), nameof(Account.Phone),
                   nameof(Account.PinHash), nameof(Account.Role), nameof(Account.VillageId), nameof(Account.Hamlet), nameof(Account.Gender),
                   nameof(Account.BirthYear), nameof(Account.IsActive), nameof(Account.CreatedAt), nameof(Account.CreatedById)))
        {
            var v = insert.Values;
            for (var i = 0; i < ids.Length; i++)
            {
                var a = write.Accounts[i];
                (v[0].Value, v[1].Value, v[2].Value, v[3].Value) = (a.Name, a.Phone, a.PinHash, (int)a.Role);
                (v[4].Value, v[5].Value, v[6].Value, v[7].Value) = (a.VillageId.OrNull(), a.Hamlet.OrNull(), (int)a.Gender, a.BirthYear.OrNull());
                (v[8].Value, v[9].Value, v[10].Value) = (a.IsActive, a.CreatedAt.UtcTicks, a.CreatedById.OrNull());
                insert.Execute();
                ids[i] = checked((int)SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle));
            }
        }

        using (var insert = new PreparedInsert(db, connection, transaction, typeof(AuditEntry), nameof(AuditEntry.At), nameof(AuditEntry.ActorId),
                   nameof(AuditEntry.Action), nameof(AuditEntry.SubjectAccountId), nameof(AuditEntry.Details)))
        {
            var v = insert.Values;
            (v[0].Value, v[1].Value, v[2].Value) = (write.At.UtcTicks, write.ActorId, RosterWrite.CreatedAction);
            for (var i = 0; i < ids.Length; i++)
            {
                (v[3].Value, v[4].Value) = (ids[i], RosterWrite.CreatedDetails(write.Rows[i]));
                insert.Execute();
            }
        }

        if (write.CohortId is { } cohort)
        {
            using var insert = new PreparedInsert(db, connection, transaction, typeof(CohortMember), nameof(CohortMember.CohortId), nameof(CohortMember.LearnerId));
            insert.Values[0].Value = cohort;
            foreach (var id in ids)
            {
                insert.Values[1].Value = id;
                insert.Execute();
            }
        }

        using (var insert = new PreparedInsert(db, connection, transaction, typeof(KaderPreference), nameof(KaderPreference.LearnerId),
                   nameof(KaderPreference.KaderId), nameof(KaderPreference.At)))
        {
            insert.Values[2].Value = write.At.UtcTicks;
            for (var i = 0; i < ids.Length; i++)
            {
                if (write.Rows[i].KaderId is { } kader)
                {
                    (insert.Values[0].Value, insert.Values[1].Value) = (ids[i], kader);
                    insert.Execute();
                }
            }
        }

        return ids;
    }

    private static object OrNull<T>(this T? value) where T : struct => value is { } v ? v : DBNull.Value;

    private static object OrNull(this string? value) => value ?? (object)DBNull.Value;
}
