using System.Data.Common;
using System.Text;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Learn.Core.Help;

/// <summary>
/// A batch's messages in multi-row INSERT statements inside the batch's transaction, instead of one
/// tracked entity and one INSERT per message. Columns, names and value conversions come from the EF
/// model, so it is the same statement on SQLite and PostgreSQL and follows new columns. A message whose
/// sender and client id are already stored is left out by ON CONFLICT DO NOTHING; then the whole batch
/// fails with <see cref="DbUpdateException"/>, as an EF insert would, and the writer retries each write
/// alone, where the stored message is found and handed back instead of a second one.
/// </summary>
internal static class HelpMessageInsert
{
    // Eleven columns or so (text, voice and photo fields): about 2,200 parameters a statement, far under SQLite's 32,766 and PostgreSQL's 65,535.
    private const int RowsPerStatement = 200;

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
        var sender = entity.FindProperty(nameof(HelpMessage.SenderId))!;
        var clientId = entity.FindProperty(nameof(HelpMessage.ClientId))!;
        var columns = entity.GetProperties().Where(p => p != key).ToList();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        foreach (var message in messages.Where(m => m.Request is not null))
        {
            // A request new in this batch got its id from the EF save just before.
            requestId.PropertyInfo!.SetValue(message, message.Request!.Id);
        }

        var byKey = messages.ToDictionary(m => (m.SenderId, m.ClientId));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        foreach (var chunk in messages.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
                .Append(" (").AppendJoin(", ", columns.Select(Column)).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var name = $"p{row}_{column}";
                    var property = columns[column];
                    command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name),
                        property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                    text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            text.Append(" ON CONFLICT (").Append(Column(sender)).Append(", ").Append(Column(clientId)).Append(") DO NOTHING RETURNING ")
                .Append(Column(key)).Append(", ").Append(Column(sender)).Append(", ").Append(Column(clientId));
            command.CommandText = text.ToString();
            if (await ReadIdsAsync(command, byKey, key, ct) < chunk.Length)
            {
                throw new DbUpdateException("A help message with this sender and client id is already stored.");
            }
        }
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
