using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Learn.Core.Storage;

/// <summary>
/// A lock shared by every web node on one database, for work only one node may do at a time (migrating
/// and seeding, escalating help requests). PostgreSQL: a session advisory lock on its own connection,
/// released on dispose or when the connection drops (a node that dies frees it). SQLite serves one node,
/// whose own in-process locks suffice, so there it is a no-op.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    /// <summary>Migrations, data-protection keys and demo seeding at start.</summary>
    public const long Startup = 0x4C6561726E0001;

    /// <summary>One escalation pass over due help requests.</summary>
    public const long HelpEscalation = 0x4C6561726E0002;

    private static readonly DatabaseLock NoOp = new(null, 0);

    private readonly DbConnection? _connection;
    private readonly long _key;

    private DatabaseLock(DbConnection? connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static async Task<DatabaseLock> AcquireAsync(LearnDbContext db, long key, CancellationToken ct = default) =>
        await TakeAsync(db, key, wait: true, ct) ?? throw new InvalidOperationException("pg_advisory_lock returned without the lock.");

    /// <summary>Takes the lock when it is free; null when another node holds it (then skip the work).</summary>
    public static Task<DatabaseLock?> TryAcquireAsync(LearnDbContext db, long key, CancellationToken ct = default) =>
        TakeAsync(db, key, wait: false, ct);

    private static async Task<DatabaseLock?> TakeAsync(LearnDbContext db, long key, bool wait, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoOp;
        }

        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock(@key), true" : "SELECT 0, pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var taken = reader.GetBoolean(1);
        await reader.DisposeAsync();
        if (taken)
        {
            return new DatabaseLock(connection, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        // Unlock explicitly: a pooled connection keeps session locks until it is reset.
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", (NpgsqlConnection)_connection))
        {
            command.Parameters.AddWithValue("key", _key);
            await command.ExecuteScalarAsync();
        }

        await _connection.DisposeAsync();
    }
}
