using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Learn.Web.Hosting;

/// <summary>
/// Migrates the database, makes sure the data-protection key ring has a key and seeds the demo village
/// when asked, all under one database lock: nodes started together on an empty database take turns, so
/// the schema is made once, every node signs cookies with the same first key, and there is one demo village.
/// </summary>
public sealed class DatabaseSetup(IServiceProvider services, IOptions<StorageOptions> storage, IOptions<SeedOptions> seed, ILogger<DatabaseSetup> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        await EnsureReachableAsync(db, ct);
        await using (await DatabaseLock.AcquireAsync(db, DatabaseLock.Startup, ct))
        {
            var pending = await db.Database.GetPendingMigrationsAsync(ct);
            await db.Database.MigrateAsync(ct);
            if (pending.Any(m => m.EndsWith("_" + nameof(ProgressSummaries), StringComparison.Ordinal)
                    || m.EndsWith("_" + nameof(LearnDbContext.LearnerProgressSummaries), StringComparison.Ordinal)))
            {
                // The run that creates the dashboard's summary tables counts them from the rows already there.
                await scope.ServiceProvider.GetRequiredService<ProgressSummaries>().RebuildAsync(ct);
            }

            if (db.Database.IsSqlite())
            {
                // WAL so readers don't block the writer.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }

            // Creates the first key now, inside the lock, when the ring is empty: a node started at the same
            // moment then finds this key instead of making its own.
            scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Learn.Startup").Protect("ready"u8.ToArray());
            if (seed.Value.DemoVillage)
            {
                await SeedDemoVillageAsync(scope.ServiceProvider, ct);
            }
        }
    }

    private async Task EnsureReachableAsync(LearnDbContext db, CancellationToken ct)
    {
        if (!storage.Value.IsPostgreSql)
        {
            return;
        }

        try
        {
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            logger.LogDebug(e, "PostgreSQL unreachable");
            throw new LearnStartupException(
                $"ConnectionStrings:Learn: cannot open the PostgreSQL database '{target.Database}' on {target.Host}:{target.Port} as '{target.Username}' ({e.Message}). " +
                "Check that the server runs and the database exists (an empty one is enough: Learn creates the tables).", e);
        }
    }

    private static async Task SeedDemoVillageAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var logins = await scoped.GetRequiredService<DemoVillageSeeder>().SeedIfEmptyAsync(ct);
        if (logins is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"Demo village Sidomulyo (Ngemplak, Boyolali) created. Demo logins (phone number; PIN {DemoVillageSeeder.DemoPin} for all):");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Role,-12} {login.Name,-22} {login.Phone}");
        }

        Console.WriteLine();
    }
}
