using System.Globalization;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Storage;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Roster.Bench.Baseline;

/// <summary>
/// The import as it was before the single-pass reader and prepared inserts (main at fb81a15, unchanged but for
/// the names), kept here as the baseline measured in the same run. Imports a roster CSV in two steps. <see cref="PreviewAsync"/> checks every row and writes nothing;
/// <see cref="ImportAsync"/> checks again (the database may have changed) and then writes all rows
/// or none: accounts, cohort places, kader wishes and audit entries by BulkCopy in one transaction.
/// </summary>
public sealed class BaselineRosterImporter(LearnDbContext db, AccessPolicy access, FirstPinHasher hasher, TimeProvider time)
{
    public const int MaxRows = 200_000;

    private const int ChunkSize = 1000;

    public async Task<RosterPreview> PreviewAsync(Actor actor, Stream csv, int? cohortId = null, CancellationToken ct = default)
    {
        var problems = new List<RosterProblem>();
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, ct);
        if (BaselineCsvReader.FirstLineNotUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } line)
        {
            problems.Add(new RosterProblem(line, string.Empty, "roster.not_utf8", line.ToString(CultureInfo.InvariantCulture)));
            return new RosterPreview([], problems);
        }

        buffer.Position = 0;
        var records = BaselineCsvReader.ReadAll(buffer);
        if (records.Count == 0)
        {
            problems.Add(new RosterProblem(1, string.Empty, "roster.empty", string.Empty));
            return new RosterPreview([], problems);
        }

        var (header, headerRow) = (records[0].Fields, records[0].Row);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (RosterColumns.Resolve(header[i]) is not { } column)
            {
                problems.Add(new RosterProblem(headerRow, header[i], "roster.column_unknown", header[i]));
            }
            else if (!columns.TryAdd(column, i))
            {
                problems.Add(new RosterProblem(headerRow, header[i], "roster.column_twice", header[i]));
            }
        }

        foreach (var missing in RosterColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            problems.Add(new RosterProblem(headerRow, missing, "roster.column_missing", missing));
        }

        if (records.Count - 1 > MaxRows)
        {
            problems.Add(new RosterProblem(headerRow, string.Empty, "roster.too_many",
                MaxRows.ToString(CultureInfo.InvariantCulture)));
        }

        if (problems.Count > 0)
        {
            return new RosterPreview([], problems);
        }

        if (records.Count == 1)
        {
            problems.Add(new RosterProblem(headerRow, string.Empty, "roster.empty", string.Empty));
            return new RosterPreview([], problems);
        }

        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        var villages = await db.Villages.AsNoTracking().Select(v => new { v.Id, v.Name }).ToListAsync(ct);
        var byName = villages.ToLookup(v => v.Name.Trim(), StringComparer.CurrentCultureIgnoreCase);
        var kader = (await db.Accounts.AsNoTracking().Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId != null)
                .Select(a => new { a.Id, a.Name, a.Phone, VillageId = a.VillageId!.Value }).ToListAsync(ct))
            .ToLookup(k => k.VillageId);
        int? cohortVillage = null;
        if (cohortId is { } cid)
        {
            cohortVillage = await db.Cohorts.Where(c => c.Id == cid).Select(c => (int?)c.VillageId).SingleOrDefaultAsync(ct);
            if (cohortVillage is null || (visible is not null && !visible.Contains(cohortVillage.Value)))
            {
                problems.Add(new RosterProblem(headerRow, string.Empty, "roster.cohort_unknown", string.Empty));
                return new RosterPreview([], problems);
            }
        }

        var now = time.GetUtcNow();
        var firstRowOfPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<RosterRow>(records.Count);
        foreach (var (row, fields) in records.Skip(1))
        {
            string Get(string column) => columns.TryGetValue(column, out var i) && i < fields.Count ? fields[i].Trim() : string.Empty;
            var before = problems.Count;
            void Problem(string column, string code, string value, int? other = null) =>
                problems.Add(new RosterProblem(row, column, code, value, other));

            if (fields.Count > header.Count && fields.Skip(header.Count).Any(f => f.Trim().Length > 0))
            {
                Problem(string.Empty, "roster.columns_extra", fields.Count.ToString(CultureInfo.InvariantCulture));
            }

            var name = Get(RosterColumns.Name);
            if (name.Length is 0 or > 100)
            {
                Problem(RosterColumns.Name, "roster.name_invalid", name);
            }

            var phoneText = Get(RosterColumns.Phone);
            if (!BaselinePhoneNumber.TryNormalize(phoneText, out var phone))
            {
                Problem(RosterColumns.Phone, "roster.phone_invalid", phoneText);
            }
            else if (!firstRowOfPhone.TryAdd(phone, row))
            {
                Problem(RosterColumns.Phone, "roster.phone_twice", phoneText, firstRowOfPhone[phone]);
            }

            var villageText = Get(RosterColumns.Village);
            var matches = byName[villageText].ToList();
            var mine = matches.Where(v => visible is null || visible.Contains(v.Id)).ToList();
            int? villageId = null;
            if (matches.Count == 0)
            {
                Problem(RosterColumns.Village, "roster.village_unknown", villageText);
            }
            else if (mine.Count == 0)
            {
                Problem(RosterColumns.Village, "roster.village_not_yours", villageText);
            }
            else if (mine.Count > 1)
            {
                Problem(RosterColumns.Village, "roster.village_ambiguous", villageText);
            }
            else if (cohortVillage is { } cv && mine[0].Id != cv)
            {
                Problem(RosterColumns.Village, "roster.village_not_cohort", villageText);
            }
            else
            {
                villageId = mine[0].Id;
            }

            var genderText = Get(RosterColumns.Gender);
            var gender = ParseGender(genderText);
            if (gender is null)
            {
                Problem(RosterColumns.Gender, "roster.gender_invalid", genderText);
            }

            var yearText = Get(RosterColumns.BirthYear);
            int? year = null;
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1920 && y <= now.Year - 10)
                {
                    year = y;
                }
                else
                {
                    Problem(RosterColumns.BirthYear, "roster.birth_year_invalid", yearText);
                }
            }

            var kaderText = Get(RosterColumns.Kader);
            (int Id, string Name)? chosen = null;
            if (kaderText.Length > 0 && villageId is { } vid)
            {
                var normalized = BaselinePhoneNumber.TryNormalize(kaderText, out var kp) ? kp : null;
                var found = kader[vid].Where(k => k.Phone == normalized || string.Equals(k.Name, kaderText, StringComparison.CurrentCultureIgnoreCase)).ToList();
                if (found.Count == 1)
                {
                    chosen = (found[0].Id, found[0].Name);
                }
                else
                {
                    Problem(RosterColumns.Kader, "roster.kader_unknown", kaderText);
                }
            }

            if (problems.Count == before)
            {
                var hamlet = Get(RosterColumns.Hamlet);
                rows.Add(new RosterRow(row, name, phone!, villageId!.Value, mine[0].Name, hamlet.Length == 0 ? null : hamlet[..Math.Min(100, hamlet.Length)],
                    gender!.Value, year, chosen?.Id, chosen?.Name));
            }
        }

        var taken = new List<string>();
        // In chunks: a parameter list of 100,000 phones is more than SQLite accepts in one statement.
        foreach (var chunk in firstRowOfPhone.Keys.Chunk(ChunkSize))
        {
            taken.AddRange(await db.Accounts.AsNoTracking().Where(a => chunk.Contains(a.Phone)).Select(a => a.Phone).ToListAsync(ct));
        }

        foreach (var phone in taken)
        {
            problems.Add(new RosterProblem(firstRowOfPhone[phone], RosterColumns.Phone, "roster.phone_taken", phone));
        }

        problems.Sort((a, b) => a.Row.CompareTo(b.Row));
        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        return new RosterPreview(rows.Where(r => !takenSet.Contains(r.Phone)).ToList(), problems);
    }

    /// <summary>Writes every row or none. First PINs come from <paramref name="random"/> and are protected with the keyed first-PIN hash.</summary>
    public async Task<RosterImportResult> ImportAsync(Actor actor, Stream csv, int? cohortId, Random random, CancellationToken ct = default)
    {
        var preview = await PreviewAsync(actor, csv, cohortId, ct);
        if (!preview.IsValid)
        {
            return new RosterImportResult(preview, []);
        }

        var now = time.GetUtcNow();
        var rows = preview.Rows;
        var pins = rows.Select(_ => Pin.Generate(random)).ToArray();
        var accounts = rows.Select(r => new Account(r.Name, r.Phone, Role.Learner, r.VillageId, r.Hamlet, r.Gender, r.BirthYear, now, actor.Id))
            .ToArray();
        // A keyed hash, microseconds a row (see FirstPinHasher), before the transaction opens.
        for (var i = 0; i < accounts.Length; i++)
        {
            accounts[i].SetPinHash(hasher.Hash(pins[i]));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var options = new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows };
        await db.BulkCopyAsync(options, accounts, ct);
        var ids = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Phone).Chunk(ChunkSize))
        {
            foreach (var found in await db.Accounts.Where(a => chunk.Contains(a.Phone)).Select(a => new { a.Phone, a.Id }).ToListAsync(ct))
            {
                ids[found.Phone] = found.Id;
            }
        }

        await db.BulkCopyAsync(options, rows.Select(r => new AuditEntry(now, actor.Id, "account.created", ids[r.Phone],
            $"learner imported from roster row {r.Row}")), ct);
        if (cohortId is { } cohort)
        {
            await db.BulkCopyAsync(options, rows.Select(r => new CohortMember(cohort, ids[r.Phone])), ct);
        }

        await db.BulkCopyAsync(options, rows.Where(r => r.KaderId is not null).Select(r => new KaderPreference(ids[r.Phone], r.KaderId!.Value, now)), ct);
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "roster.imported", null,
            $"{rows.Count} learners in {string.Join(", ", rows.Select(r => r.Village).Distinct())}"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var created = rows.Select((r, i) => new ImportedLearner(ids[r.Phone], r.Name, r.Phone, r.Village, r.Hamlet, pins[i])).ToList();
        return new RosterImportResult(preview, created);
    }

    public static Gender? ParseGender(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "-" or "tidak disebutkan" or "unspecified" => Gender.Unspecified,
        "p" or "perempuan" or "wanita" or "w" or "f" or "female" => Gender.Female,
        "l" or "laki-laki" or "laki laki" or "laki" or "pria" or "m" or "male" => Gender.Male,
        _ => null,
    };
}
