using System.Globalization;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Imports a roster CSV in two steps. <see cref="PreviewAsync"/> checks every row and writes nothing;
/// <see cref="ImportAsync"/> checks again (the database may have changed) and then writes all rows
/// or none: accounts, the import's audit entry, cohort places and kader wishes in one transaction. The file is read
/// in one pass over spans; each village, gender and kader text is resolved once, not once a row.
/// </summary>
public sealed class RosterImporter(LearnDbContext db, AccessPolicy access, FirstPinHasher hasher, TimeProvider time)
{
    public const int MaxRows = 200_000;

    /// <summary>The audit action of an import: one entry, by the facilitator, naming how many learners in which villages.</summary>
    public const string ImportedAction = "roster.imported";

    public Task<RosterPreview> PreviewAsync(Actor actor, Stream csv, int? cohortId = null, CancellationToken ct = default) =>
        CheckAsync(actor, csv, cohortId, findTaken: true, ct);

    /// <summary>
    /// Every check of every row. <paramref name="findTaken"/> false leaves the phones registered already to the insert
    /// that follows (SQLite finds them in its unique index as it writes); a file with other problems is still checked
    /// for them, so its report is complete.
    /// </summary>
    private async Task<RosterPreview> CheckAsync(Actor actor, Stream csv, int? cohortId, bool findTaken, CancellationToken ct)
    {
        var problems = new List<RosterProblem>();
        using var buffer = new MemoryStream();
        await csv.CopyToAsync(buffer, ct);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (CsvReader.FirstLineNotUtf8(bytes) is { } line)
        {
            problems.Add(new RosterProblem(line, string.Empty, "roster.not_utf8", line.ToString(CultureInfo.InvariantCulture)));
            return new RosterPreview([], problems);
        }

        var reader = CsvReader.Records(CsvReader.Decode(bytes));
        if (!reader.Read())
        {
            problems.Add(new RosterProblem(1, string.Empty, "roster.empty", string.Empty));
            return new RosterPreview([], problems);
        }

        var headerRow = reader.Row;
        var header = new string[reader.FieldCount];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = reader[i].ToString();
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

        if (problems.Count > 0)
        {
            // Counted only to say so as well: a wrong header is reported without reading the rows.
            var count = 0;
            while (count <= MaxRows && reader.Read())
            {
                count++;
            }

            if (count > MaxRows)
            {
                problems.Add(new RosterProblem(headerRow, string.Empty, "roster.too_many", MaxRows.ToString(CultureInfo.InvariantCulture)));
            }

            return new RosterPreview([], problems);
        }

        var scope = await RosterScope.LoadAsync(db, access, actor, cohortId, time.GetUtcNow(), ct);
        if (scope is null)
        {
            problems.Add(new RosterProblem(headerRow, string.Empty, "roster.cohort_unknown", string.Empty));
            return new RosterPreview([], problems);
        }

        int Column(string name) => columns.GetValueOrDefault(name, -1);
        var (nameAt, phoneAt, villageAt, hamletAt) = (Column(RosterColumns.Name), Column(RosterColumns.Phone), Column(RosterColumns.Village), Column(RosterColumns.Hamlet));
        var (genderAt, yearAt, kaderAt) = (Column(RosterColumns.Gender), Column(RosterColumns.BirthYear), Column(RosterColumns.Kader));
        var firstRowOfPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<RosterRow>();
        var rowCount = 0;
        while (reader.Read())
        {
            if (++rowCount > MaxRows)
            {
                return new RosterPreview([], [new RosterProblem(headerRow, string.Empty, "roster.too_many", MaxRows.ToString(CultureInfo.InvariantCulture))]);
            }

            var row = reader.Row;
            ReadOnlySpan<char> Get(int at) => at >= 0 && at < reader.FieldCount ? reader[at].Trim() : [];
            var before = problems.Count;
            void Problem(string column, string code, ReadOnlySpan<char> value, int? other = null) =>
                problems.Add(new RosterProblem(row, column, code, value.ToString(), other));

            for (var extra = header.Length; extra < reader.FieldCount; extra++)
            {
                if (!reader[extra].IsWhiteSpace())
                {
                    Problem(string.Empty, "roster.columns_extra", reader.FieldCount.ToString(CultureInfo.InvariantCulture));
                    break;
                }
            }

            var name = Get(nameAt);
            if (name.Length is 0 or > 100)
            {
                Problem(RosterColumns.Name, "roster.name_invalid", name);
            }

            var phoneText = Get(phoneAt);
            if (!PhoneNumber.TryNormalize(phoneText, out var phone))
            {
                Problem(RosterColumns.Phone, "roster.phone_invalid", phoneText);
            }
            else if (!firstRowOfPhone.TryAdd(phone, row))
            {
                Problem(RosterColumns.Phone, "roster.phone_twice", phoneText, firstRowOfPhone[phone]);
            }

            var villageText = Get(villageAt);
            var village = scope.Village(villageText);
            if (village.Problem is { } villageProblem)
            {
                Problem(RosterColumns.Village, villageProblem, villageText);
            }

            var genderText = Get(genderAt);
            var gender = scope.Gender(genderText);
            if (gender is null)
            {
                Problem(RosterColumns.Gender, "roster.gender_invalid", genderText);
            }

            var yearText = Get(yearAt);
            int? year = null;
            if (yearText.Length > 0)
            {
                if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1920 && y <= scope.Now.Year - 10)
                {
                    year = y;
                }
                else
                {
                    Problem(RosterColumns.BirthYear, "roster.birth_year_invalid", yearText);
                }
            }

            var kaderText = Get(kaderAt);
            RosterScope.KaderChoice? chosen = null;
            if (kaderText.Length > 0 && village.Problem is null)
            {
                chosen = scope.Kader(village.Id, kaderText);
                if (chosen is null)
                {
                    Problem(RosterColumns.Kader, "roster.kader_unknown", kaderText);
                }
            }

            if (problems.Count == before)
            {
                var hamlet = Get(hamletAt);
                rows.Add(new RosterRow(row, name.ToString(), phone!, village.Id, village.Name, scope.Hamlet(hamlet[..Math.Min(100, hamlet.Length)]),
                    gender!.Value, year, chosen?.Id, chosen?.Name));
            }
        }

        if (rowCount == 0)
        {
            problems.Add(new RosterProblem(headerRow, string.Empty, "roster.empty", string.Empty));
            return new RosterPreview([], problems);
        }

        if (!findTaken && problems.Count == 0)
        {
            return new RosterPreview(rows, problems);
        }

        // One query for every phone (a single array parameter, not one per phone): which are registered already.
        var phones = firstRowOfPhone.Keys.ToArray();
        var taken = await db.Accounts.AsNoTracking().Where(a => EF.Parameter(phones).Contains(a.Phone)).Select(a => a.Phone).ToListAsync(ct);
        foreach (var phone in taken)
        {
            problems.Add(new RosterProblem(firstRowOfPhone[phone], RosterColumns.Phone, "roster.phone_taken", phone));
        }

        problems.Sort((a, b) => a.Row.CompareTo(b.Row));
        var takenSet = taken.ToHashSet(StringComparer.Ordinal);
        return new RosterPreview(taken.Count == 0 ? rows : rows.Where(r => !takenSet.Contains(r.Phone)).ToList(), problems);
    }

    /// <summary>
    /// Writes every row or none, in one transaction that also holds the check (so a phone registered since the
    /// preview is reported, not half-written). First PINs come from <paramref name="random"/> and are protected
    /// with the keyed first-PIN hash.
    /// </summary>
    public async Task<RosterImportResult> ImportAsync(Actor actor, Stream csv, int? cohortId, Random random, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var onPostgreSql = db.Database.IsNpgsql();
        var preview = await CheckAsync(actor, csv, cohortId, findTaken: onPostgreSql, ct);
        if (!preview.IsValid)
        {
            return new RosterImportResult(preview, []);
        }

        var now = time.GetUtcNow();
        var rows = preview.Rows;
        var pins = new string[rows.Count];
        for (var i = 0; i < pins.Length; i++)
        {
            pins[i] = Pin.Generate(random);
        }

        // A keyed hash, about a microsecond a row on every core (see FirstPinHasher).
        var hashes = hasher.HashAll(pins);

        // One entry for the whole import, first, so that every learner's account can name it.
        var entry = new AuditEntry(now, actor.Id, ImportedAction, null,
            $"{rows.Count} learners in {string.Join(", ", rows.Select(r => r.Village).Distinct())}");
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        var write = new RosterWrite(rows, hashes, actor.Id, entry.Id, cohortId, now);
        int[] ids;
        if (onPostgreSql)
        {
            ids = await PostgreSqlRosterWriter.WriteAsync(db, write, ct);
        }
        else
        {
            (ids, var taken) = SqliteRosterWriter.Write(db, write);
            if (taken.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                db.Entry(entry).State = EntityState.Detached;
                var takenRows = taken.Select(r => r.Row).ToHashSet();
                return new RosterImportResult(new RosterPreview([.. rows.Where(r => !takenRows.Contains(r.Row))],
                    [.. taken.Select(r => new RosterProblem(r.Row, RosterColumns.Phone, "roster.phone_taken", r.Phone))]), []);
            }
        }

        await transaction.CommitAsync(ct);

        var created = new ImportedLearner[rows.Count];
        for (var i = 0; i < created.Length; i++)
        {
            created[i] = new ImportedLearner(ids[i], rows[i].Name, rows[i].Phone, rows[i].Village, rows[i].Hamlet, pins[i]);
        }

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
