using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Storage;
using Learn.Core.Villages;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

// Roster import, end to end and by part, in one run on fresh SQLite files:
// - RosterImporter.ImportAsync on a 100,000-row CSV: parsing, validation, first-PIN protection (keyed
//   hash), BulkCopy of accounts and audit rows in one transaction: what a facilitator waits for;
// - its parts alone: validation (PreviewAsync), 100,000 keyed hashes, BulkCopy of 100,000 accounts;
// - the baselines: EF Core AddRange + SaveChanges, and the PBKDF2 first PIN the import used before;
// - the ten-megabyte file (about 140,000 rows) imports completely (moved here from the test suite).
const int Rows = 100_000;
var now = DateTimeOffset.UtcNow;
var folders = new List<string>();

async Task<(LearnDbContext Db, Actor Facilitator, int VillageId)> FreshDatabaseAsync()
{
    var folder = Path.Combine(Path.GetTempPath(), "learn-bench-roster-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    folders.Add(folder);
    var db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").Options);
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    var village = new Village("Sidomulyo", "Ngemplak", "Boyolali");
    db.Villages.Add(village);
    var facilitator = new Account("Fasilitator", "081100000001", Role.Facilitator, null, null, Gender.Female, 1980, now, null);
    db.Accounts.Add(facilitator);
    await db.SaveChangesAsync();
    db.FacilitatorVillages.Add(new FacilitatorVillage(facilitator.Id, village.Id));
    await db.SaveChangesAsync();
    return (db, new Actor(facilitator.Id, Role.Facilitator), village.Id);
}

// Exactly `rows` rows, or as many as fit in `bytes`.
byte[] Csv(int rows, long bytes = long.MaxValue)
{
    var text = new StringBuilder("nama,no_hp,desa,dusun,jenis_kelamin,tahun_lahir,kader\r\n");
    for (var i = 1; i <= rows && text.Length < bytes; i++)
    {
        text.Append($"\"Peserta Nomor {i}, Sidomulyo\",08{i + 100_000_000:D10},Sidomulyo,Dukuh Krajan Wetan,P,1980,\r\n");
    }

    return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
}

var firstPins = new FirstPinHasher(RandomNumberGenerator.GetBytes(32));
RosterImporter Importer(LearnDbContext db) => new(db, new AccessPolicy(db), firstPins, TimeProvider.System);

async Task<double> TimeAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalSeconds;
}

var file = Csv(Rows);
var rounds = 3;
var endToEnd = new List<double>();
var validation = new List<double>();
var bulk = new List<double>();
for (var run = 0; run < rounds; run++)
{
    // Interleaved, so a noisy neighbour slows every measure alike.
    var (db, facilitator, villageId) = await FreshDatabaseAsync();
    validation.Add(await TimeAsync(async () =>
    {
        var preview = await Importer(db).PreviewAsync(facilitator, new MemoryStream(file));
        Check(preview.Rows.Count == Rows && preview.IsValid, "preview");
    }));
    endToEnd.Add(await TimeAsync(async () =>
    {
        var result = await Importer(db).ImportAsync(facilitator, new MemoryStream(file), null, new Random(run));
        Check(result.Created.Count == Rows, "import");
    }));
    Check(await db.Accounts.CountAsync(a => a.Role == Role.Learner) == Rows, "rows stored");
    await db.DisposeAsync();

    var (bulkDb, _, bulkVillage) = await FreshDatabaseAsync();
    var accounts = Accounts(bulkVillage, "x");
    bulk.Add(await TimeAsync(async () =>
    {
        await using var transaction = await bulkDb.Database.BeginTransactionAsync();
        await bulkDb.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows }, accounts);
        await transaction.CommitAsync();
    }));
    await bulkDb.DisposeAsync();
    SqliteConnection.ClearAllPools();
}

var keyed = Median(Enumerable.Range(0, rounds).Select(_ =>
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Rows; i++)
    {
        firstPins.Hash("147258");
    }

    return watch.Elapsed.TotalSeconds;
}));

// The PBKDF2 first PIN the import used before (10,000 rounds, on all cores): a sample, scaled to the rows.
var pbkdf2 = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
const int Sample = 400;
var sampleWatch = Stopwatch.StartNew();
Parallel.For(0, Sample, _ => pbkdf2.HashPassword(null!, "147258"));
var pbkdf2Rows = sampleWatch.Elapsed.TotalSeconds * Rows / Sample;

var (efDb, _, efVillage) = await FreshDatabaseAsync();
var efAccounts = Accounts(efVillage, "x");
var ef = await TimeAsync(async () =>
{
    efDb.Accounts.AddRange(efAccounts);
    await efDb.SaveChangesAsync();
});
await efDb.DisposeAsync();

// The ten-megabyte file: every row imported (what the suite used to check in about a minute).
var (bigDb, bigFacilitator, _) = await FreshDatabaseAsync();
var big = Csv(int.MaxValue, 10 * 1024 * 1024);
var bigRows = 0;
var bigTime = await TimeAsync(async () =>
{
    var result = await Importer(bigDb).ImportAsync(bigFacilitator, new MemoryStream(big), null, new Random(1));
    Check(result.Preview.Problems.Count == 0, "10 MB import has no problems");
    bigRows = result.Created.Count;
});
Check(bigRows > 100_000 && await bigDb.Accounts.CountAsync(a => a.Role == Role.Learner) == bigRows, "10 MB import complete");
await bigDb.DisposeAsync();
SqliteConnection.ClearAllPools();
folders.ForEach(f => Directory.Delete(f, recursive: true));

var e2e = Median(endToEnd);
Console.WriteLine($"Roster import, {Rows:N0} rows, SQLite, {Environment.ProcessorCount} cores, median of {rounds} interleaved runs");
Console.WriteLine($"  end to end (parse, validate, keyed first PIN, BulkCopy)  {e2e,7:F2} s");
Console.WriteLine($"    validation alone (PreviewAsync)                        {Median(validation),7:F2} s");
Console.WriteLine($"    keyed first PIN alone (HMAC-SHA256)                    {keyed,7:F2} s");
Console.WriteLine($"    BulkCopy of the accounts alone                         {Median(bulk),7:F2} s");
Console.WriteLine($"  baseline: EF Core AddRange + SaveChanges (insert only)   {ef,7:F2} s  ({ef / e2e:F1}x the whole import)");
Console.WriteLine($"  baseline: PBKDF2 first PIN, 10,000 rounds, all cores     {pbkdf2Rows,7:F0} s  ({pbkdf2Rows / e2e:F0}x the whole import)");
Console.WriteLine($"  10 MB file: {bigRows:N0} rows imported completely in     {bigTime,7:F2} s");
return 0;

List<Account> Accounts(int villageId, string hash) => Enumerable.Range(0, Rows).Select(i =>
{
    var account = new Account($"Peserta {i}", $"08{100_000_000 + i:D10}", Role.Learner, villageId, "Dukuh Krajan", Gender.Female, 1980, now, 1);
    account.SetPinHash(hash);
    return account;
}).ToList();

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}

static void Check(bool ok, string what)
{
    if (!ok)
    {
        throw new InvalidOperationException($"bench check failed: {what}");
    }
}
