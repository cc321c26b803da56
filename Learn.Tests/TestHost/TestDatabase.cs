using Learn.Core.Storage;
using Learn.Tests.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.TestHost;

/// <summary>
/// The one place a test database is made: a SQLite file of its own (<c>learn.db</c> in a folder of its own, or in a
/// host's data folder) or a fresh PostgreSQL database with a unique name on the server of <see cref="TestServers"/>.
/// Its schema always comes from the real migrations (<see cref="CreateAsync"/> runs them; a web host's own startup
/// runs them on a <see cref="ReserveAsync"/>d one, as an installation does), never from EnsureCreated.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string SqliteFileName = "learn.db";

    private readonly string? _ownFolder;

    private TestDatabase(string provider, string connectionString, string? ownFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _ownFolder = ownFolder;
    }

    public string Provider { get; }

    /// <summary>The connection string the app (or a context of <see cref="NewContext"/>) uses; on PostgreSQL an unprivileged role.</summary>
    public string ConnectionString { get; }

    /// <summary>A migrated database, for tests of Core services without a web host.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider = StorageProviders.Sqlite)
    {
        var database = await ReserveAsync(provider);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// An empty database that a web host migrates when it starts. A SQLite file goes in <paramref name="sqliteFolder"/>
    /// when given (a host's data folder, so a restart finds it there), otherwise in a folder of its own.
    /// </summary>
    public static async Task<TestDatabase> ReserveAsync(string provider, string? sqliteFolder = null)
    {
        if (provider == StorageProviders.PostgreSql)
        {
            return new TestDatabase(provider, await TestServers.CreateDatabaseAsync(), ownFolder: null);
        }

        var folder = sqliteFolder ?? TestPaths.NewTempFolder("db");
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, SqliteFileName)}", sqliteFolder is null ? folder : null);
    }

    public LearnDbContext NewContext() => new(Provider == StorageProviders.PostgreSql
        ? new DbContextOptionsBuilder<LearnDbContext>()
            .UseNpgsql(ConnectionString, o => o.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly)).Options
        : new DbContextOptionsBuilder<LearnDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Drops the PostgreSQL database, or deletes the SQLite file's own folder (a host's data folder is the host's to delete).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Provider == StorageProviders.PostgreSql)
        {
            await TestServers.DropDatabaseAsync(ConnectionString);
            return;
        }

        SqliteConnection.ClearAllPools();
        if (_ownFolder is not null)
        {
            TestPaths.DeleteFolder(_ownFolder);
        }
    }
}
