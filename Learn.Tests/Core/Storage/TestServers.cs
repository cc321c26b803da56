using Npgsql;
using StackExchange.Redis;

namespace Learn.Tests.Core.Storage;

/// <summary>
/// The PostgreSQL and Redis servers the provider tests need, as started by <c>.ci/run</c> (or by hand with
/// <c>eval "$(bash .ci/services)"</c>), found through LEARN_TEST_POSTGRES and LEARN_TEST_REDIS. Each test
/// application gets a fresh database owned by a role that cannot create databases, as an operator would set it up.
/// </summary>
public static class TestServers
{
    public const string PostgreSqlVariable = "LEARN_TEST_POSTGRES";

    public const string RedisVariable = "LEARN_TEST_REDIS";

    /// <summary>The unprivileged role the app connects as.</summary>
    public const string AppRole = "learn_app";

    private const string HowToStart =
        "These tests need the PostgreSQL and Redis servers that .ci/run starts. Start them with: eval \"$(bash .ci/services)\", then run dotnet test Learn.sln again.";

    private static readonly Lazy<string?> Problem = new(Probe);

    public static string? PostgreSqlAdmin => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } value ? value : null;

    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : null;

    /// <summary>In CI the servers must be there: a missing one fails the tests instead of skipping them.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why provider tests cannot run here (null when they can, and always null in CI, where they must).</summary>
    public static string? SkipReason => InCi ? null : Problem.Value;

    /// <summary>Fails with the way to start the servers when they are not reachable.</summary>
    public static void EnsureAvailable()
    {
        if (Problem.Value is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>A new empty database owned by <see cref="AppRole"/>; returns the app's connection string for it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        EnsureAvailable();
        var name = $"learn_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(PostgreSqlAdmin))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"""
                DO $$ BEGIN
                  CREATE ROLE {AppRole} LOGIN NOCREATEDB NOCREATEROLE;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$
                """);
            await ExecuteAsync(admin, $"CREATE DATABASE {name} OWNER {AppRole}");
        }

        return new NpgsqlConnectionStringBuilder(PostgreSqlAdmin) { Database = name, Username = AppRole, Password = null }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(PostgreSqlAdmin);
        await admin.OpenAsync();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        if (PostgreSqlAdmin is null || Redis is null)
        {
            return $"{PostgreSqlVariable} or {RedisVariable} is not set. {HowToStart}";
        }

        try
        {
            using var connection = new NpgsqlConnection(PostgreSqlAdmin);
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return $"PostgreSQL at '{PostgreSqlAdmin}' is unreachable ({e.Message}). {HowToStart}";
        }

        try
        {
            using var redis = ConnectionMultiplexer.Connect(Redis);
            redis.GetDatabase().Ping();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return $"Redis at '{Redis}' is unreachable ({e.Message}). {HowToStart}";
        }

        return null;
    }
}
