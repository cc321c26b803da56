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
/// A batch's changed requests in set-based UPDATE statements (one per set of changed columns, usually one
/// per batch: a message moves LastActivityAt once a minute) inside the batch's transaction, instead of attaching a
/// tracked copy per request and letting EF detect changes and write one UPDATE each (rows per statement: see
/// <see cref="HelpStatements"/>). A row is updated only
/// while its concurrency tokens (status, stage, helper) still hold what the writer read, as EF's update
/// checked; RETURNING names the rows that were, and any request left out was changed by another node first:
/// the live state forgets it and the batch fails with <see cref="DbUpdateConcurrencyException"/>, so the
/// writer redoes each write alone on a fresh read. Columns and value conversions come from the EF model
/// (the same SQL on SQLite and PostgreSQL: UPDATE ... FROM (VALUES ...), whose columns both name column1, column2, ...).
/// </summary>
internal static class HelpRequestUpdate
{
    /// <summary>
    /// Updates the changed requests; returns the ids of those whose only change was <see cref="HelpRequest.LastActivityAt"/>, and of
    /// those a write named but did not change (a message within a minute of the last one).
    /// </summary>
    public static async Task<HelpRequestChanges> UpdateAsync(LearnDbContext db, IHelpLiveState state, IReadOnlyCollection<(HelpRequest Committed, HelpRequest Current)> edits,
        CancellationToken ct)
    {
        var activityOnly = new HashSet<long>();
        var unchanged = new HashSet<long>();
        if (edits.Count == 0)
        {
            return new HelpRequestChanges(activityOnly, unchanged);
        }

        var entity = db.Model.FindEntityType(typeof(HelpRequest))!;
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var tokens = entity.GetProperties().Where(p => p.IsConcurrencyToken).ToList();
        var columns = entity.GetProperties().Where(p => p != key).Select(p => (Property: p, Getter: p.GetGetter())).ToList();
        var stale = new List<long>();
        await using var statements = new HelpStatements(db);
        var compared = edits.Select(e => (Edit: e, Changed: Changed(columns, e.Committed, e.Current))).ToList();
        unchanged.UnionWith(compared.Where(e => e.Changed.Count == 0).Select(e => e.Edit.Current.Id));
        foreach (var group in compared.Where(e => e.Changed.Count > 0).GroupBy(e => string.Join(',', e.Changed.Select(p => p.Name))))
        {
            var changed = group.First().Changed;
            if (changed is [{ Name: nameof(HelpRequest.LastActivityAt) }])
            {
                activityOnly.UnionWith(group.Select(g => g.Edit.Current.Id));
            }

            var texts = new Dictionary<int, string>();
            foreach (var chunk in group.Select(g => g.Edit).Chunk(statements.RowsPerStatement))
            {
                if (!texts.TryGetValue(chunk.Length, out var text))
                {
                    texts[chunk.Length] = text = Text(db, entity, key, tokens, changed, chunk.Length);
                }

                stale.AddRange(await UpdateChunkAsync(db, statements.For(text), key, tokens, changed, chunk, ct));
            }
        }

        if (stale.Count > 0)
        {
            state.Stale(stale);
            throw new DbUpdateConcurrencyException("Another node changed a help request first.");
        }

        return new HelpRequestChanges(activityOnly, unchanged);
    }

    private static List<IProperty> Changed(List<(IProperty Property, IClrPropertyGetter Getter)> columns, HelpRequest committed, HelpRequest current)
    {
        var changed = new List<IProperty>(2);
        foreach (var (property, getter) in columns)
        {
            if (!Equals(getter.GetClrValue(committed), getter.GetClrValue(current)))
            {
                changed.Add(property);
            }
        }

        return changed;
    }

    private static string ParameterName(int row, int value) => string.Create(CultureInfo.InvariantCulture, $"p{row}_{value}");

    /// <summary>Each row's values: the id, the tokens as read (committed), then the new values (current).</summary>
    private static List<(IProperty Property, bool New)> Values(IProperty key, List<IProperty> tokens, List<IProperty> changed)
    {
        var values = new List<(IProperty Property, bool New)> { (key, false) };
        values.AddRange(tokens.Select(t => (t, false)));
        values.AddRange(changed.Select(c => (c, true)));
        return values;
    }

    /// <summary>The UPDATE of <paramref name="rows"/> requests whose tokens still hold what was read, returning the ids it updated.</summary>
    private static string Text(LearnDbContext db, IEntityType entity, IProperty key, List<IProperty> tokens, List<IProperty> changed, int rows)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
        var values = Values(key, tokens, changed).Count;
        var text = new StringBuilder("UPDATE ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" SET ");
        for (var c = 0; c < changed.Count; c++)
        {
            text.Append(c == 0 ? string.Empty : ", ").Append(Column(changed[c])).Append(" = v.column").Append(1 + 1 + tokens.Count + c);
        }

        text.Append(" FROM (VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var v = 0; v < values; v++)
            {
                text.Append(v == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(ParameterName(row, v)));
            }

            text.Append(')');
        }

        var self = sql.DelimitIdentifier(table.Name, table.Schema);
        text.Append(") AS v WHERE ").Append(self).Append('.').Append(Column(key)).Append(" = v.column1");
        for (var t = 0; t < tokens.Count; t++)
        {
            // Null-safe: a waiting request has no helper, and NULL = NULL is not true.
            text.Append(" AND ").Append(self).Append('.').Append(Column(tokens[t])).Append(" IS NOT DISTINCT FROM v.column").Append(2 + t);
        }

        return text.Append(" RETURNING ").Append(Column(key)).ToString();
    }

    /// <summary>Updates one chunk; returns the ids whose row did not match its tokens (changed elsewhere).</summary>
    private static async Task<List<long>> UpdateChunkAsync(LearnDbContext db, DbCommand command, IProperty key, List<IProperty> tokens,
        List<IProperty> changed, (HelpRequest Committed, HelpRequest Current)[] chunk, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var values = Values(key, tokens, changed);
        for (var row = 0; row < chunk.Length; row++)
        {
            for (var v = 0; v < values.Count; v++)
            {
                var (property, isNew) = values[v];
                var value = property.GetGetter().GetClrValue(isNew ? chunk[row].Current : chunk[row].Committed);
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(ParameterName(row, v)), value, property.IsNullable));
            }
        }

        var updated = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                updated.Add(reader.GetInt64(0));
            }
        }

        return chunk.Select(e => e.Current.Id).Where(id => !updated.Contains(id)).ToList();
    }
}

/// <summary>What a batch's request update found: requests whose only change was their activity time, and requests left as they were.</summary>
internal sealed record HelpRequestChanges(IReadOnlySet<long> ActivityOnly, IReadOnlySet<long> Unchanged);
