using System.Data.Common;
using Learn.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>
/// Seeds rows the way SQLite is fastest: one prepared INSERT, reused for every row, inside the caller's single
/// transaction, no change tracking. Columns, table and value conversions (DateTimeOffset as UTC ticks) come from the
/// EF model, so the rows are exactly what the app would store; generated ids are left to SQLite.
/// </summary>
internal sealed class FastInsert<T>(LearnDbContext db, SqliteConnection connection, SqliteTransaction transaction)
    where T : class
{
    public int Run(IEnumerable<T> rows)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd) && !p.IsShadowProperty())
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Converter: p.GetTypeMapping().Converter))
            .ToList();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray<DbParameter>();
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var (property, _, converter) = columns[i];
                var value = property.GetGetter().GetClrValue(row);
                parameters[i].Value = (value is null ? null : converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return count;
    }
}
