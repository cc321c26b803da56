using System.Globalization;
using System.Text;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SQLitePCL;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// One prepared SQLite INSERT into an entity's table, its columns named by the EF model, bound and run once a
/// row on the connection's open transaction. It binds through SQLite's own API: a command object per row
/// (parameters boxed, a data reader made for each run) cost about as much again as SQLite's insert itself.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>
    /// The insert of <paramref name="properties"/>; with <paramref name="doNothingOnConflictOf"/> (a property with a unique index)
    /// a row whose value is taken already is skipped, not an error, and <see cref="Execute"/> says so.
    /// </summary>
    public PreparedInsert(LearnDbContext db, SqliteConnection connection, Type entity, string? doNothingOnConflictOf, params string[] properties)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        string Column(string property) => "\"" + type.FindProperty(property)!.GetColumnName(table) + "\"";
        var values = properties.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture));
        var conflict = doNothingOnConflictOf is null ? string.Empty : $" ON CONFLICT ({Column(doNothingOnConflictOf)}) DO NOTHING";
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db,
            $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(Column))}) VALUES ({string.Join(", ", values)}){conflict}",
            out _statement));
    }

    /// <summary>The id SQLite gave the row inserted last on this connection.</summary>
    public long LastId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Binds the value of the 0-based column (in the order of the properties given).</summary>
    public void Bind(int column, long value) => Check(raw.sqlite3_bind_int64(_statement, column + 1, value));

    public void Bind(int column, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, column + 1, v) : raw.sqlite3_bind_null(_statement, column + 1));

    public void Bind(int column, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, column + 1));
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> utf8 = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Check(raw.sqlite3_bind_text(_statement, column + 1, utf8[..Encoding.UTF8.GetBytes(value, utf8)]));
    }

    /// <summary>Inserts the row bound, false when a conflict skipped it; the bindings stay for the next row.</summary>
    public bool Execute()
    {
        var done = raw.sqlite3_step(_statement);
        Check(raw.sqlite3_reset(_statement));
        if (done != raw.SQLITE_DONE)
        {
            Check(done);
        }

        return raw.sqlite3_changes(_db) > 0;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }
}
