using Learn.Core.Accounts;
using Learn.Core.Storage;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Writes an import on PostgreSQL with binary COPY (linq2db's provider-specific BulkCopy): the ids come from
/// the accounts' own identity sequence in one query first, so COPY, which returns nothing, can write them and
/// nothing has to look them up afterwards. COPY cannot skip a taken phone, so on PostgreSQL the import checks the
/// phones with one query before it writes.
/// </summary>
internal static class PostgreSqlRosterWriter
{
    public static async Task<int[]> WriteAsync(LearnDbContext db, RosterWrite write, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(Account))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var quoted = "\"" + table.Name + "\"";
        var id = type.FindProperty(nameof(Account.Id))!.GetColumnName(table);
        var ids = (await db.Database
                .SqlQuery<int>($"SELECT nextval(pg_get_serial_sequence({quoted}, {id}))::integer AS \"Value\" FROM generate_series(1, {write.Rows.Count})")
                .ToListAsync(ct))
            .Order().ToArray();
        var accounts = write.Rows.Select((r, i) =>
        {
            var account = new Account(r.Name, r.Phone, Role.Learner, r.VillageId, r.Hamlet, r.Gender, r.BirthYear, write.At, write.ActorId);
            account.SetPinHash(write.PinHashes[i]);
            account.ImportedBy(write.AuditEntryId);
            account.UseReservedId(ids[i]);
            return account;
        });

        var copy = new BulkCopyOptions { BulkCopyType = BulkCopyType.ProviderSpecific };
        await db.BulkCopyAsync(copy with { KeepIdentity = true }, accounts, ct);
        if (write.CohortId is { } cohort)
        {
            await db.BulkCopyAsync(copy, ids.Select(learner => new CohortMember(cohort, learner)), ct);
        }

        await db.BulkCopyAsync(copy, write.Rows.Select((r, i) => (Row: r, Id: ids[i])).Where(p => p.Row.KaderId is not null)
            .Select(p => new KaderPreference(p.Id, p.Row.KaderId!.Value, write.At)), ct);
        return ids;
    }
}
