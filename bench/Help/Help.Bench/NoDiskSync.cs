using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learn.Bench.Help;

/// <summary>
/// Diagnosis only: SQLite commits without waiting for the disk (synchronous=NORMAL in WAL mode), which Learn never does.
/// Run beside the real one, it shows how much of live help's time the disk sync at each commit takes.
/// </summary>
public sealed class NoDiskSync : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Pragma(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Pragma(connection);
        return Task.CompletedTask;
    }

    private static void Pragma(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
