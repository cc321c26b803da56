using Npgsql;

namespace Learn.Bench.Help;

/// <summary>
/// The PostgreSQL server and Redis a two-node run uses, from LEARN_BENCH_POSTGRES (an admin connection string)
/// and LEARN_BENCH_REDIS, e.g. the ones <c>eval "$(bash .ci/services)"</c> starts (LEARN_TEST_POSTGRES, LEARN_TEST_REDIS).
/// </summary>
public sealed record Province(string PostgreSqlAdmin, string Redis)
{
    public static Province? FromEnvironment()
    {
        static string? Read(string name, string fallback) =>
            Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value
            : Environment.GetEnvironmentVariable(fallback) is { Length: > 0 } other ? other : null;

        var postgres = Read("LEARN_BENCH_POSTGRES", "LEARN_TEST_POSTGRES");
        var redis = Read("LEARN_BENCH_REDIS", "LEARN_TEST_REDIS");
        return postgres is null || redis is null ? null : new Province(postgres, redis);
    }

    /// <summary>A new empty database for one run; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"learn_bench_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name}");
        // Enough pooled connections for both nodes' writers, sessions and reads under 2,000 connections.
        return new NpgsqlConnectionStringBuilder(PostgreSqlAdmin) { Database = name, MaxPoolSize = 50 }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(PostgreSqlAdmin);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
