using System.Diagnostics;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Storage;
using Learn.Core.Villages;
using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Roster import insert path: 100,000 learner accounts into a fresh SQLite file, linq2db BulkCopy
// (as RosterImporter does, inside a transaction) against plain EF Core AddRange + SaveChanges, in
// the same run. PIN hashing is measured on its own: it is the same work for both insert paths.
const int Rows = 100_000;
var now = DateTimeOffset.UtcNow;

async Task<(LearnDbContext Db, int VillageId, string Folder)> FreshDatabaseAsync()
{
    var folder = Path.Combine(Path.GetTempPath(), "learn-bench-roster-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    var db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").Options);
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    var village = new Village("Sidomulyo", "Ngemplak", "Boyolali");
    db.Villages.Add(village);
    await db.SaveChangesAsync();
    return (db, village.Id, folder);
}

// One precomputed hash for every row: the insert paths are compared, not PBKDF2.
var hasher = new PasswordHasher<Account>();
var sampleHash = hasher.HashPassword(null!, "147258");
List<Account> Accounts(int villageId) => Enumerable.Range(0, Rows).Select(i =>
{
    var account = new Account($"Peserta {i}", $"08{100_000_000 + i:D10}", Role.Learner, villageId, "Dukuh Krajan", Gender.Female, 1980, now, 1);
    account.SetPinHash(sampleHash);
    return account;
}).ToList();

async Task<double> TimeAsync(Func<LearnDbContext, List<Account>, Task> insert)
{
    var (db, villageId, folder) = await FreshDatabaseAsync();
    var accounts = Accounts(villageId);
    var watch = Stopwatch.StartNew();
    await insert(db, accounts);
    watch.Stop();
    var count = await db.Accounts.CountAsync();
    if (count != Rows)
    {
        throw new InvalidOperationException($"expected {Rows} rows, found {count}");
    }

    await db.DisposeAsync();
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
    return watch.Elapsed.TotalSeconds;
}

var bulk = await TimeAsync(async (db, accounts) =>
{
    await using var transaction = await db.Database.BeginTransactionAsync();
    await db.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = BulkCopyType.MultipleRows }, accounts);
    await transaction.CommitAsync();
});
var ef = await TimeAsync(async (db, accounts) =>
{
    db.Accounts.AddRange(accounts);
    await db.SaveChangesAsync();
});

// Hashing, on its own: full-strength PBKDF2 (Identity defaults, what a chosen PIN gets) and the
// first-PIN cost the import uses (FirstPinHasher), one core against all cores.
(double Sequential, double Parallel) HashRate(Func<string> hash, int sample)
{
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < sample; i++)
    {
        hash();
    }

    var sequential = sample / watch.Elapsed.TotalSeconds;
    watch.Restart();
    Parallel.For(0, sample, _ => hash());
    return (sequential, sample / watch.Elapsed.TotalSeconds);
}

var full = HashRate(() => hasher.HashPassword(null!, "147258"), 60);
var firstPin = new FirstPinHasher();
var first = HashRate(() => firstPin.Hash(null!, "147258"), 600);

Console.WriteLine($"Roster insert, {Rows:N0} accounts into SQLite ({Environment.ProcessorCount} cores), PIN hashes precomputed");
Console.WriteLine($"  linq2db BulkCopy (in a transaction)  {bulk,7:F2} s  {Rows / bulk,10:N0} rows/s");
Console.WriteLine($"  EF Core AddRange + SaveChanges       {ef,7:F2} s  {Rows / ef,10:N0} rows/s");
Console.WriteLine($"  ratio EF / BulkCopy                  {ef / bulk,7:F2}x slower");
Console.WriteLine("PIN hashing (PBKDF2-HMAC-SHA512), hashes/s and the time for the same rows:");
Console.WriteLine($"  full strength, 100,000 rounds   one core {full.Sequential,7:N0}/s  all cores {full.Parallel,7:N0}/s  -> {Rows / full.Parallel,7:N0} s");
Console.WriteLine($"  first PIN, {FirstPinHasher.Iterations:N0} rounds        one core {first.Sequential,7:N0}/s  all cores {first.Parallel,7:N0}/s  -> {Rows / first.Parallel,7:N0} s");
