using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Roster.Bench.Baseline;

// Roster import, end to end and by phase, in one run on fresh databases (SQLite files; PostgreSQL too when
// LEARN_BENCH_POSTGRES holds an admin connection string):
// - RosterImporter.ImportAsync on a 100,000-row CSV: what a facilitator waits for after "Import";
// - its phases alone: reading the CSV, validation (PreviewAsync), the keyed first PINs, the writes, and the writes
//   with one audit row per learner as the previous round wrote them;
// - the baseline in the same run: the import as it was before (bench/Roster/Baseline, main at fb81a15);
// - the ten-megabyte file (about 140,000 rows) imports completely.
// Every measure reports wall time and the CPU time the process used, so a loaded machine can be read.
// `--baselines` adds the older ones: EF Core AddRange + SaveChanges, and the PBKDF2 first PIN from a sample.
const int Rows = 100_000;
var now = DateTimeOffset.UtcNow;
var folders = new List<string>();
var postgres = Environment.GetEnvironmentVariable("LEARN_BENCH_POSTGRES") is { Length: > 0 } pg ? pg : null;
var databases = new List<string>();

async Task<(LearnDbContext Db, Actor Facilitator, int VillageId)> FreshDatabaseAsync(bool onPostgreSql = false)
{
    DbContextOptions<LearnDbContext> options;
    if (onPostgreSql)
    {
        var name = $"learn_bench_roster_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        databases.Add(name);
        options = new DbContextOptionsBuilder<LearnDbContext>().UseNpgsql(new NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString,
            o => o.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly)).Options;
    }
    else
    {
        var folder = Path.Combine(Path.GetTempPath(), "learn-bench-roster-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        folders.Add(folder);
        options = new DbContextOptionsBuilder<LearnDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}").Options;
    }

    var db = new LearnDbContext(options);
    await db.Database.MigrateAsync();
    if (!onPostgreSql)
    {
        // As the app runs it (Learn.Web DatabaseSetup).
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

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
BaselineRosterImporter Baseline(LearnDbContext db) => new(db, new AccessPolicy(db), firstPins, TimeProvider.System);
var measures = new Dictionary<string, List<(double Wall, double Cpu)>>();

async Task<T> MeasureAsync<T>(string what, Func<Task<T>> work)
{
    GC.Collect();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var result = await work();
    var wall = watch.Elapsed.TotalSeconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    (measures.TryGetValue(what, out var list) ? list : measures[what] = []).Add((wall, used));
    return result;
}

var file = Csv(Rows);
var text = CsvReader.Decode(file);
var pins = Enumerable.Range(0, Rows).Select(_ => Pin.Generate(Random.Shared)).ToArray();
var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
var rounds = args.Contains("--quick") ? 1 : 3;
for (var run = 0; run < rounds; run++)
{
    // Interleaved, so a noisy neighbour slows every measure alike.
    var (db, facilitator, villageId) = await FreshDatabaseAsync();
    await MeasureAsync("read", () =>
    {
        var reader = CsvReader.Records(CsvReader.Decode(file));
        var fields = 0;
        while (reader.Read())
        {
            fields += reader.FieldCount;
        }

        return Task.FromResult(fields);
    });
    var preview = await MeasureAsync("validation", () => Importer(db).PreviewAsync(facilitator, new MemoryStream(file)));
    Check(preview.Rows.Count == Rows && preview.IsValid, "preview");
    var hashes = await MeasureAsync("pins", () => Task.FromResult(firstPins.HashAll(pins)));
    await MeasureAsync("pins, one-shot HMAC, one core (before)", () => Task.FromResult(pins.Select(firstPins.Hash).ToArray()));
    var result = await MeasureAsync("end to end", () => Importer(db).ImportAsync(facilitator, new MemoryStream(file), null, new Random(run)));
    Check(result.Created.Count == Rows && await db.Accounts.CountAsync(a => a.Role == Role.Learner) == Rows, "import");
    await db.DisposeAsync();

    var (writeDb, writer, _) = await FreshDatabaseAsync();
    await MeasureAsync("writes", async () =>
    {
        await using var transaction = await writeDb.Database.BeginTransactionAsync();
        var entry = new AuditEntry(now, writer.Id, RosterImporter.ImportedAction, null, "bench");
        writeDb.AuditEntries.Add(entry);
        await writeDb.SaveChangesAsync();
        var (ids, taken) = SqliteRosterWriter.Write(writeDb, new RosterWrite(preview.Rows, hashes, writer.Id, entry.Id, null, now));
        Check(taken.Count == 0, "writes");
        await transaction.CommitAsync();
        return ids;
    });
    await writeDb.DisposeAsync();

    // The same writes with one audit row per learner, as the previous round wrote them: what one entry per import saves.
    var (auditDb, auditor, _) = await FreshDatabaseAsync();
    await MeasureAsync("writes + an audit row per learner (before)", async () =>
    {
        await using var transaction = await auditDb.Database.BeginTransactionAsync();
        var entry = new AuditEntry(now, auditor.Id, RosterImporter.ImportedAction, null, "bench");
        auditDb.AuditEntries.Add(entry);
        await auditDb.SaveChangesAsync();
        var (ids, _) = SqliteRosterWriter.Write(auditDb, new RosterWrite(preview.Rows, hashes, auditor.Id, entry.Id, null, now));
        using (var insert = new PreparedInsert(auditDb, (SqliteConnection)auditDb.Database.GetDbConnection(), typeof(AuditEntry), null,
                   nameof(AuditEntry.At), nameof(AuditEntry.ActorId), nameof(AuditEntry.Action), nameof(AuditEntry.SubjectAccountId), nameof(AuditEntry.Details)))
        {
            insert.Bind(0, now.UtcTicks);
            insert.Bind(1, auditor.Id);
            insert.Bind(2, "account.created");
            for (var i = 0; i < ids.Length; i++)
            {
                insert.Bind(3, ids[i]);
                insert.Bind(4, $"learner imported from roster row {preview.Rows[i].Row}");
                insert.Execute();
            }
        }

        await transaction.CommitAsync();
        return ids;
    });
    await auditDb.DisposeAsync();

    var (baseDb, baseFacilitator, _) = await FreshDatabaseAsync();
    var before = await MeasureAsync("baseline: end to end (before)", () => Baseline(baseDb).ImportAsync(baseFacilitator, new MemoryStream(file), null, new Random(run)));
    Check(before.Created.Count == Rows, "baseline import");
    await MeasureAsync("baseline: validation (before)", () => Baseline(baseDb).PreviewAsync(baseFacilitator, new MemoryStream(file)));
    await baseDb.DisposeAsync();
    SqliteConnection.ClearAllPools();
}

if (postgres is not null)
{
    for (var run = 0; run < rounds; run++)
    {
        var (db, facilitator, _) = await FreshDatabaseAsync(onPostgreSql: true);
        var result = await MeasureAsync("PostgreSQL: end to end", () => Importer(db).ImportAsync(facilitator, new MemoryStream(file), null, new Random(run)));
        Check(result.Created.Count == Rows && await db.Accounts.CountAsync(a => a.Role == Role.Learner) == Rows, "PostgreSQL import");
        await db.DisposeAsync();
        var (baseDb, baseFacilitator, _) = await FreshDatabaseAsync(onPostgreSql: true);
        await MeasureAsync("PostgreSQL: baseline end to end (before)", () => Baseline(baseDb).ImportAsync(baseFacilitator, new MemoryStream(file), null, new Random(run)));
        await baseDb.DisposeAsync();
    }
}

// The ten-megabyte file: every row imported.
var (bigDb, bigFacilitator, _) = await FreshDatabaseAsync();
var big = Csv(int.MaxValue, 10 * 1024 * 1024);
var bigResult = await MeasureAsync("10 MB file", () => Importer(bigDb).ImportAsync(bigFacilitator, new MemoryStream(big), null, new Random(1)));
Check(bigResult.Preview.Problems.Count == 0 && bigResult.Created.Count > 100_000
    && await bigDb.Accounts.CountAsync(a => a.Role == Role.Learner) == bigResult.Created.Count, "10 MB import complete");
await bigDb.DisposeAsync();

if (args.Contains("--baselines"))
{
    var (efDb, _, efVillage) = await FreshDatabaseAsync();
    var efAccounts = Enumerable.Range(0, Rows).Select(i =>
    {
        var account = new Account($"Peserta {i}", $"08{100_000_000 + i:D10}", Role.Learner, efVillage, "Dukuh Krajan", Gender.Female, 1980, now, 1);
        account.SetPinHash("x");
        return account;
    }).ToList();
    await MeasureAsync("baseline: EF Core AddRange + SaveChanges", async () =>
    {
        efDb.Accounts.AddRange(efAccounts);
        return await efDb.SaveChangesAsync();
    });
    await efDb.DisposeAsync();

    // The PBKDF2 first PIN used before the keyed hash (10,000 rounds, on all cores): a sample, scaled to the rows.
    var pbkdf2 = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
    const int Sample = 400;
    await MeasureAsync("baseline: PBKDF2 first PIN (400 of 100,000)", () =>
    {
        Parallel.For(0, Sample, _ => pbkdf2.HashPassword(null!, "147258"));
        return Task.FromResult(0);
    });
}

SqliteConnection.ClearAllPools();
folders.ForEach(f => Directory.Delete(f, recursive: true));
if (postgres is not null)
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(postgres);
    await admin.OpenAsync();
    foreach (var name in databases)
    {
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

var e2e = Median(measures["end to end"].Select(m => m.Wall));
Console.WriteLine($"Roster import, {Rows:N0} rows, {Environment.ProcessorCount} cores, median of {rounds} interleaved runs; " +
    $"load average {string.Join(' ', load)} at start, {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3])} at end");
Console.WriteLine($"  {"measure",-46} {"wall s",8} {"CPU s",8} {"vs end to end",14}");
foreach (var (what, values) in measures)
{
    var wall = Median(values.Select(v => v.Wall));
    Console.WriteLine($"  {what,-46} {wall,8:F3} {Median(values.Select(v => v.Cpu)),8:F3} {wall / e2e,13:F2}x");
}

Console.WriteLine($"  (10 MB file: {bigResult.Created.Count:N0} rows imported completely)");
return 0;

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
