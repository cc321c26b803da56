using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Accounts;

/// <summary>
/// Who may see or act on whom: a learner only themself, a kader the learners assigned to them (in
/// their own village), a facilitator the villages they look after, an admin everyone.
/// </summary>
public sealed class AccessPolicy(LearnDbContext db)
{
    public async Task<bool> CanViewLearnerAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        if (actor.Id == learnerId)
        {
            return true;
        }

        var learner = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == learnerId && a.Role == Role.Learner)
            .Select(a => new { a.VillageId })
            .SingleOrDefaultAsync(ct);
        if (learner?.VillageId is not { } villageId || !await CanManageVillageAsync(actor, villageId, ct))
        {
            return false;
        }

        // A kader works with the learners assigned to them, not with the whole village.
        return actor.Role != Role.Kader
            || await db.KaderAssignments.AnyAsync(a => a.KaderId == actor.Id && a.LearnerId == learnerId, ct);
    }

    public async Task<bool> CanManageVillageAsync(Actor actor, int villageId, CancellationToken ct = default) =>
        actor.Role switch
        {
            Role.Admin => true,
            Role.Kader => await db.Accounts.AnyAsync(a => a.Id == actor.Id && a.VillageId == villageId && a.IsActive, ct),
            Role.Facilitator => await db.FacilitatorVillages.AnyAsync(f => f.FacilitatorId == actor.Id && f.VillageId == villageId, ct),
            _ => false,
        };

    /// <summary>The villages whose learners the actor may see; null means all (admin).</summary>
    public async Task<IReadOnlyList<int>?> VisibleVillageIdsAsync(Actor actor, CancellationToken ct = default) =>
        actor.Role switch
        {
            Role.Admin => null,
            Role.Facilitator => await db.FacilitatorVillages.Where(f => f.FacilitatorId == actor.Id).Select(f => f.VillageId).ToListAsync(ct),
            Role.Kader => await db.Accounts.Where(a => a.Id == actor.Id && a.VillageId != null).Select(a => a.VillageId!.Value).ToListAsync(ct),
            _ => [],
        };
}
