using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// The learner's assigned kader first; without one (or if they stopped tutoring), an active
/// kader of the learner's village, one who is online first, then the longest-serving.
/// </summary>
public sealed class VillageKaderRouting(LearnDbContext db, IHelpPresence presence, KaderAssignments assignments) : IHelpRouting
{
    public async Task<int?> PickFirstHelperAsync(Account learner, CancellationToken ct = default)
    {
        if (await assignments.GetAssignedKaderIdAsync(learner.Id, ct) is { } assigned)
        {
            return assigned;
        }

        var kader = await db.Accounts.AsNoTracking()
            .Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId == learner.VillageId)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var online = await presence.OnlineAsync(kader, ct);
        return kader.Where(online.Contains).Concat(kader).Select(id => (int?)id).FirstOrDefault();
    }
}
