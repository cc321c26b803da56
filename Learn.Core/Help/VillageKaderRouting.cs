using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>Any active kader of the learner's village, one who is online first, then the longest-serving.</summary>
public sealed class VillageKaderRouting(LearnDbContext db, HelpPresence presence) : IHelpRouting
{
    public async Task<int?> PickFirstHelperAsync(Account learner, CancellationToken ct = default)
    {
        var kader = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId == learner.VillageId)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        return kader.Where(presence.IsOnline).Concat(kader).Select(id => (int?)id).FirstOrDefault();
    }
}
