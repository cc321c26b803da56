using System.Data.Common;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Learn.Core.Help;

/// <summary>
/// The writer's own statements in one commit's transaction: each text is prepared once and run again for every
/// chunk of the same size, with fresh parameters.
/// </summary>
internal sealed class HelpStatements(LearnDbContext db) : IAsyncDisposable
{
    private const int MostRowsPerStatement = 200;
    private readonly DbConnection _connection = db.Database.GetDbConnection();
    private readonly DbTransaction _transaction = db.Database.CurrentTransaction!.GetDbTransaction();
    private readonly Dictionary<string, DbCommand> _commands = [];

    /// <summary>
    /// Rows per statement. PostgreSQL runs in another process: up to 200 rows a statement save a round trip per row.
    /// SQLite runs in this one: a single-row statement prepared once and run per row is cheaper, because a many-row
    /// statement is parsed again for every batch size and binds each of its hundreds of named parameters by a linear
    /// search (quadratic in the rows; parsing and binding were a third of the writer's CPU).
    /// </summary>
    public int RowsPerStatement { get; } = db.Database.IsNpgsql() ? MostRowsPerStatement : 1;

    /// <summary>The command for this text, its parameters cleared; made and prepared on first use.</summary>
    public DbCommand For(string text)
    {
        if (!_commands.TryGetValue(text, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = text;
            _commands[text] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
