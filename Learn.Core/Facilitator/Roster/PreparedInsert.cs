using System.Globalization;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Learn.Core.Facilitator.Roster;

/// <summary>One prepared SQLite INSERT into an entity's table, its columns named by the EF model, run once a row.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;

    public PreparedInsert(LearnDbContext db, SqliteConnection connection, SqliteTransaction transaction, Type entity, params string[] properties)
    {
        var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = properties.Select(p => "\"" + type.FindProperty(p)!.GetColumnName(table) + "\"");
        var names = properties.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
        Values = [.. names.Select(n => _command.Parameters.Add(new SqliteParameter { ParameterName = n }))];
        _command.Prepare();
    }

    /// <summary>The parameters, in the order of the properties given; set them, then <see cref="Execute"/>.</summary>
    public SqliteParameter[] Values { get; }

    public void Execute() => _command.ExecuteNonQuery();

    public void Dispose() => _command.Dispose();
}
