using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// Removes help files that no stored message points to: an upload written before its message was refused and the
/// process stopped before cleaning up, a message or learner erased without their files. A file goes only when the
/// previous pass already found it unreferenced, so an upload whose message is being stored right now (the file is
/// written first, the message second) is never taken.
/// </summary>
public sealed class HelpFileSweep(LearnDbContext db, IFileStore files)
{
    /// <summary>Keys looked up per query, well under every provider's parameter limit.</summary>
    private const int Chunk = 500;

    /// <summary>One pass: <paramref name="suspects"/> are the keys the previous pass found unreferenced (empty on the first pass).</summary>
    public async Task<HelpFileSweepPass> SweepAsync(IReadOnlySet<string> suspects, CancellationToken ct = default)
    {
        var found = new List<string>();
        await foreach (var key in files.ListAsync(HelpFiles.Root, ct))
        {
            found.Add(key);
        }

        var unreferenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in found.Chunk(Chunk))
        {
            var keys = chunk.Select(HelpFiles.MainOf).Distinct(StringComparer.Ordinal).ToList();
            var referenced = await db.HelpMessages.AsNoTracking()
                .Where(m => m.FileKey != null && keys.Contains(m.FileKey))
                .Select(m => m.FileKey!)
                .ToListAsync(ct);
            var kept = referenced.ToHashSet(StringComparer.Ordinal);
            unreferenced.UnionWith(chunk.Where(k => !kept.Contains(HelpFiles.MainOf(k))));
        }

        var removed = 0;
        foreach (var key in unreferenced.Where(suspects.Contains))
        {
            await files.DeleteAsync(key, ct);
            removed++;
        }

        return new HelpFileSweepPass(removed, unreferenced.Where(k => !suspects.Contains(k)).ToHashSet(StringComparer.Ordinal));
    }
}
