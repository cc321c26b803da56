using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Roster;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Facilitator.Roster;

public class RosterImporterTests
{
    /// <summary>The engine under test; the PostgreSQL subclass runs every test again there.</summary>
    protected virtual string Provider => Learn.Core.Storage.StorageProviders.Sqlite;

    private const string Header = "nama,no_hp,desa,dusun,jenis_kelamin,tahun_lahir,kader";

    private static MemoryStream Csv(string text, bool bom = false) =>
        new([.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);

    private async Task<(FacilitatorDatabase Db, Actor Facilitator, int VillageId, int OtherVillageId)> SetUpAsync()
    {
        var database = await FacilitatorDatabase.CreateAsync(Provider);
        var village = await database.AddVillageAsync("Sidomulyo");
        var other = await database.AddVillageAsync("Kauman");
        var facilitator = await database.AddAccountAsync(Role.Facilitator, village.Id);
        await database.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya", Gender.Male, 2001, "081225010101");
        await database.AddAccountAsync(Role.Learner, village.Id, "Sudah Ada", phone: "085700000099");
        return (database, new Actor(facilitator.Id, Role.Facilitator), village.Id, other.Id);
    }

    private static readonly FirstPinHasher FirstPins = new(new byte[32]);

    private static RosterImporter Importer(FacilitatorDatabase database, Learn.Core.Storage.LearnDbContext db) =>
        new(db, new AccessPolicy(db), FirstPins, database.Time);

    [StorageFact]
    public async Task AGoodFileCreatesEveryLearnerWithAFirstPinAndTheirKaderWish()
    {
        var (database, facilitator, village, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var csv = $"""
            {Header}
            Siti Aminah,0857 2900 0001,Sidomulyo,Dukuh Krajan,P,1976,Dimas Aditya
            Ni Luh Sri'ani,+62 857-2900-0002,sidomulyo,,Perempuan,1990,
            Joko Santoso,085729000003,Sidomulyo,Dukuh Ngasem,L,,081225010101
            """;

        var result = await Importer(database, db).ImportAsync(facilitator, Csv(csv), null, new Random(7));

        Assert.Empty(result.Preview.Problems);
        Assert.Equal(["Siti Aminah", "Ni Luh Sri'ani", "Joko Santoso"], result.Created.Select(c => c.Name));
        Assert.All(result.Created, c => Assert.True(Pin.IsWellFormed(c.Pin)));
        var stored = await db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner && a.Phone != "085700000099").OrderBy(a => a.Phone).ToListAsync();
        Assert.Equal(["085729000001", "085729000002", "085729000003"], stored.Select(a => a.Phone));
        Assert.Equal((village, "Dukuh Krajan", Gender.Female, 1976), (stored[0].VillageId!.Value, stored[0].Hamlet, stored[0].Gender, stored[0].BirthYear));
        Assert.Equal(database.Time.GetUtcNow(), stored[0].CreatedAt);
        Assert.True(FirstPins.Verify(stored[1].PinHash, result.Created[1].Pin));
        Assert.False(FirstPins.Verify(stored[1].PinHash, result.Created[0].Pin == result.Created[1].Pin ? "000000" : result.Created[0].Pin));
        Assert.Equal(2, await db.KaderPreferences.CountAsync());
        // One audit entry for the import, named by each learner it created, not one entry per learner.
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(("roster.imported", facilitator.Id, database.Time.GetUtcNow(), (int?)null, "3 learners in Sidomulyo"),
            (entry.Action, entry.ActorId, entry.At, entry.SubjectAccountId, entry.Details));
        Assert.All(stored, a => Assert.Equal((entry.Id, facilitator.Id), (a.ImportAuditEntryId, a.CreatedById)));
    }

    [StorageFact]
    public async Task AFileWithBadRowsNamesEachRowAndWritesNothing()
    {
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var csv = $"""
            {Header}
            Siti Aminah,085729000001,Sidomulyo,,P,1976,
            ,085729000002,Sidomulyo,,P,1976,
            Sri,0274 123456,Sidomulyo,,P,1976,
            Tri,085729000001,Sidomulyo,,P,1976,
            Endang,085729000005,Desa Antah,,P,1976,
            Wahyu,085729000006,Kauman,,L,1995,
            Dwi,085729000007,Sidomulyo,,X,1988,
            Joko,085729000008,Sidomulyo,,L,2030,
            Rina,085700000099,Sidomulyo,,P,1991,
            Yuli,085729000010,Sidomulyo,,P,1986,Kader Lain
            """;

        var preview = await Importer(database, db).PreviewAsync(facilitator, Csv(csv));
        var import = await Importer(database, db).ImportAsync(facilitator, Csv(csv), null, new Random(7));

        Assert.Equal(
            [
                (3, "roster.name_invalid"), (4, "roster.phone_invalid"), (5, "roster.phone_twice"), (6, "roster.village_unknown"),
                (7, "roster.village_not_yours"), (8, "roster.gender_invalid"), (9, "roster.birth_year_invalid"), (10, "roster.phone_taken"),
                (11, "roster.kader_unknown"),
            ],
            preview.Problems.Select(p => (p.Row, p.Code)));
        Assert.Equal(2, preview.Problems.Single(p => p.Code == "roster.phone_twice").OtherRow);
        Assert.False(preview.IsValid);
        Assert.Empty(import.Created);
        // The import's own check reports the same, the registered phone included.
        Assert.Equal(preview.Problems, import.Preview.Problems);
        Assert.Equal(1, await db.Accounts.CountAsync(a => a.Role == Role.Learner));
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [StorageFact]
    public async Task AFileFromExcelWithABomWindowsLineEndingsAndSemicolonsImports()
    {
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var csv = "Nama;No HP;Desa;Jenis Kelamin\r\n\"Sri Wahyuni\";085729000001;Sidomulyo;P\r\nSuparmi;085729000002;Sidomulyo;P\r\n";

        var result = await Importer(database, db).ImportAsync(facilitator, Csv(csv, bom: true), null, new Random(7));

        Assert.Empty(result.Preview.Problems);
        Assert.Equal(["Sri Wahyuni", "Suparmi"], await db.Accounts.Where(a => a.Phone.StartsWith("0857290")).OrderBy(a => a.Phone).Select(a => a.Name).ToListAsync());
    }

    [StorageFact]
    public async Task AMissingColumnIsReportedOnTheHeaderRow()
    {
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();

        var preview = await Importer(database, db).PreviewAsync(facilitator, Csv("nama,desa,warna\nSiti,Sidomulyo,merah\n"));

        Assert.Equal([(1, "roster.column_unknown", "warna"), (1, "roster.column_missing", "phone")],
            preview.Problems.Select(p => (p.Row, p.Code, p.Value)));
    }

    [StorageFact]
    public async Task AFileOfSeveralThousandRowsImportsCompletelyAcrossLookupChunks()
    {
        // The ten-megabyte file (about 140,000 rows) runs in bench/Roster; this keeps the same path in the suite.
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        var text = new StringBuilder(Header).Append("\r\n");
        const int count = 2_500;
        for (var i = 1; i <= count; i++)
        {
            text.Append($"\"Peserta Nomor {i}, Sidomulyo\",08{i + 100_000_000:D10},Sidomulyo,Dukuh Krajan Wetan,P,1980,\r\n");
        }

        await using var db = database.NewContext();
        var result = await Importer(database, db).ImportAsync(facilitator, Csv(text.ToString(), bom: true), null, new Random(7));

        Assert.Empty(result.Preview.Problems);
        Assert.Equal(count, result.Created.Count);
        Assert.Equal(count + 1, await db.Accounts.CountAsync(a => a.Role == Role.Learner));
    }

    [StorageFact]
    public async Task AFileSavedAsWindows1252IsReportedWithItsLineAndNothingIsRead()
    {
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        // "José" as Excel's plain CSV saves it: é is the single byte 0xE9, which is not UTF-8.
        var bytes = Encoding.Latin1.GetBytes($"{Header}\nSiti Aminah,085729000001,Sidomulyo,,P,1976,\nJos\u00E9 Santoso,085729000002,Sidomulyo,,L,1972,\n");

        var preview = await Importer(database, db).PreviewAsync(facilitator, new MemoryStream(bytes));

        Assert.False(preview.IsValid);
        Assert.Empty(preview.Rows);
        Assert.Equal([(3, "roster.not_utf8")], preview.Problems.Select(p => (p.Row, p.Code)));
    }

    [StorageFact]
    public async Task APhoneRegisteredAfterThePreviewIsReportedByTheImportAndNothingIsWritten()
    {
        var (database, facilitator, village, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var csv = $"{Header}\nSiti Aminah,085729000001,Sidomulyo,,P,1976,\nJoko Santoso,085729000002,Sidomulyo,,L,1980,\n";
        Assert.True((await Importer(database, db).PreviewAsync(facilitator, Csv(csv))).IsValid);
        await database.AddAccountAsync(Role.Learner, village, "Joko Lain", phone: "085729000002");

        var result = await Importer(database, db).ImportAsync(facilitator, Csv(csv), null, new Random(7));

        Assert.Empty(result.Created);
        Assert.Equal([(3, "roster.phone_taken")], result.Preview.Problems.Select(p => (p.Row, p.Code)));
        Assert.False(await db.Accounts.AnyAsync(a => a.Phone == "085729000001"));
        Assert.False(await db.AuditEntries.AnyAsync());
    }

    [StorageFact]
    public async Task EveryPhoneRegisteredAfterThePreviewIsReportedAndTheFileWithoutThemThenImports()
    {
        var (database, facilitator, village, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var rows = new[]
        {
            "Siti Aminah,085729000001,Sidomulyo,,P,1976,", "Joko Santoso,085729000002,Sidomulyo,,L,1980,",
            "Sri Wahyuni,085729000003,Sidomulyo,,P,1990,", "Tri Lestari,085729000004,Sidomulyo,,P,1991,",
        };
        var csv = $"{Header}\n{string.Join('\n', rows)}\n";
        Assert.True((await Importer(database, db).PreviewAsync(facilitator, Csv(csv))).IsValid);
        await database.AddAccountAsync(Role.Learner, village, "Joko Lain", phone: "085729000002");
        await database.AddAccountAsync(Role.Learner, village, "Tri Lain", phone: "085729000004");

        var refused = await Importer(database, db).ImportAsync(facilitator, Csv(csv), null, new Random(7));
        var retried = await Importer(database, db).ImportAsync(facilitator, Csv($"{Header}\n{rows[0]}\n{rows[2]}\n"), null, new Random(8));

        Assert.Empty(refused.Created);
        Assert.Equal([(3, "roster.phone_taken", "085729000002"), (5, "roster.phone_taken", "085729000004")],
            refused.Preview.Problems.Select(p => (p.Row, p.Code, p.Value)));
        Assert.Equal(["085729000001", "085729000003"], retried.Created.Select(c => c.Phone));
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal("2 learners in Sidomulyo", entry.Details);
        Assert.Equal(["Siti Aminah", "Joko Lain", "Sri Wahyuni", "Tri Lain"],
            await db.Accounts.Where(a => a.Phone.StartsWith("0857290000")).OrderBy(a => a.Phone).Select(a => a.Name).ToListAsync());
    }

    [StorageFact]
    public async Task EveryImportedIdIsTheStoredLearnerWithThatPhoneAndNamesTheAuditEntryOfItsImportAcrossTwoImports()
    {
        var (database, facilitator, _, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var first = await Importer(database, db).ImportAsync(facilitator,
            Csv($"{Header}\nSiti Aminah,085729000001,Sidomulyo,,P,1976,Dimas Aditya\nJoko Santoso,085729000002,Sidomulyo,,L,1980,\n"), null, new Random(7));
        var second = await Importer(database, db).ImportAsync(facilitator,
            Csv($"{Header}\nSri Wahyuni,085729000003,Sidomulyo,,P,1990,\n\nTri Lestari,085729000004,Sidomulyo,,P,1991,081225010101\n"), null, new Random(8));

        var created = first.Created.Concat(second.Created).ToList();
        var stored = await db.Accounts.AsNoTracking().Where(a => a.Phone.StartsWith("0857290000")).ToDictionaryAsync(a => a.Id, a => a.Phone);
        Assert.Equal(created.ToDictionary(c => c.Id, c => c.Phone), stored);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "roster.imported").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal((facilitator.Id, "2 learners in Sidomulyo"), (a.ActorId, a.Details)));
        var entryOf = await db.Accounts.AsNoTracking().Where(a => a.Phone.StartsWith("0857290000")).ToDictionaryAsync(a => a.Id, a => a.ImportAuditEntryId);
        Assert.Equal(created.ToDictionary(c => c.Id, c => (long?)(first.Created.Contains(c) ? audit[0].Id : audit[1].Id)), entryOf);
        var kaderId = await db.Accounts.Where(a => a.Phone == "081225010101").Select(a => a.Id).SingleAsync();
        Assert.Equal([(created[0].Id, kaderId), (created[3].Id, kaderId)],
            (await db.KaderPreferences.AsNoTracking().ToListAsync()).OrderBy(k => k.LearnerId).Select(k => (k.LearnerId, k.KaderId)));
    }

    [StorageFact]
    public async Task BulkCopyRunsInsideTheEfTransactionSoARollbackLeavesNothing()
    {
        var (database, _, village, _) = await SetUpAsync();
        await using var _ = database;
        await using var db = database.NewContext();
        var accounts = Enumerable.Range(1, 50).Select(i => new Account($"P {i}", $"0858{i:D8}", Role.Learner, village, null, Gender.Female, 1980,
            database.Time.GetUtcNow(), null)).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows }, accounts);
            Assert.Equal(50, await db.Accounts.CountAsync(a => a.Phone.StartsWith("0858")));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.Accounts.CountAsync(a => a.Phone.StartsWith("0858")));
    }
}
