using System.Data.Common;
using System.Globalization;
using System.Text;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Learn.Core.Help;

/// <summary>
/// A batch's messages in raw INSERT statements inside the batch's transaction (see <see cref="HelpStatements"/>: up to
/// 200 rows a statement on PostgreSQL, one prepared row run per message on SQLite), instead of one tracked entity and
/// one EF INSERT per message. Columns, names and value conversions come from the EF
/// model, so it is the same statement on SQLite and PostgreSQL and follows new columns. A message whose
/// sender and client id are already stored is left out by ON CONFLICT DO NOTHING; then the whole batch
/// fails with <see cref="DbUpdateException"/>, as an EF insert would, and the writer retries each write
/// alone, where the stored message is found and handed back instead of a second one.
/// </summary>
internal static class HelpMessageInsert
{
    public static async Task InsertAsync(LearnDbContext db, IReadOnlyList<HelpMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(HelpMessage))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var requestId = entity.FindProperty(nameof(HelpMessage.RequestId))!;
        var columns = entity.GetProperties().Where(p => p != key).ToList();
        var getters = columns.Select(p => p.GetGetter()).ToArray();
        var mappings = columns.Select(p => p.GetRelationalTypeMapping()).ToArray();
        foreach (var message in messages.Where(m => m.Request is not null))
        {
            // A request new in this batch got its id from the EF save just before.
            requestId.PropertyInfo!.SetValue(message, message.Request!.Id);
        }

        var byKey = messages.ToDictionary(m => (m.SenderId, m.ClientId));
        await using var statements = new HelpStatements(db);
        var texts = new Dictionary<int, string>();
        foreach (var chunk in messages.Chunk(statements.RowsPerStatement))
        {
            if (!texts.TryGetValue(chunk.Length, out var text))
            {
                texts[chunk.Length] = text = Text(entity, table, sql, key, columns, chunk.Length);
            }

            var command = statements.For(text);
            for (var row = 0; row < chunk.Length; row++)
            {
                for (var column = 0; column < columns.Count; column++)
                {
                    command.Parameters.Add(mappings[column].CreateParameter(command, sql.GenerateParameterName(ParameterName(row, column)),
                        getters[column].GetClrValue(chunk[row]), columns[column].IsNullable));
                }
            }

            if (await ReadIdsAsync(command, byKey, key, ct) < chunk.Length)
            {
                throw new DbUpdateException("A help message with this sender and client id is already stored.");
            }
        }
    }

    private static string ParameterName(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");

    /// <summary>INSERT of <paramref name="rows"/> messages that skips any already stored under its sender and client id, returning the stored ones' ids.</summary>
    private static string Text(IEntityType entity, StoreObjectIdentifier table, ISqlGenerationHelper sql, IProperty key, List<IProperty> columns, int rows)
    {
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
        var sender = entity.FindProperty(nameof(HelpMessage.SenderId))!;
        var clientId = entity.FindProperty(nameof(HelpMessage.ClientId))!;
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", columns.Select(Column)).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(row, column)));
            }

            text.Append(')');
        }

        return text.Append(" ON CONFLICT (").Append(Column(sender)).Append(", ").Append(Column(clientId)).Append(") DO NOTHING RETURNING ")
            .Append(Column(key)).Append(", ").Append(Column(sender)).Append(", ").Append(Column(clientId)).ToString();
    }

    /// <summary>Gives each stored message its id, matched by sender and client id (RETURNING rows come in no set order).</summary>
    private static async Task<int> ReadIdsAsync(DbCommand command, Dictionary<(int, string), HelpMessage> byKey, IProperty key, CancellationToken ct)
    {
        var stored = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            key.PropertyInfo!.SetValue(byKey[(reader.GetInt32(1), reader.GetString(2))], reader.GetInt64(0));
            stored++;
        }

        return stored;
    }
}
