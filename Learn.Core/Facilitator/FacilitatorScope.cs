using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator;

/// <summary>
/// What a facilitator (or an admin) may look at: their villages and those villages' cohorts. A filter
/// naming anything else resolves to null, which the pages answer with 404.
/// </summary>
public sealed class FacilitatorScope(LearnDbContext db, AccessPolicy access)
{
    public sealed record Choice(int Id, string Name);

    public sealed record CohortChoice(int Id, string Name, int VillageId, string Village, DateOnly StartsOn);

    public async Task<IReadOnlyList<Choice>> VillagesAsync(Actor actor, CancellationToken ct = default)
    {
        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        return await db.Villages.AsNoTracking().Where(v => visible == null || visible.Contains(v.Id))
            .OrderBy(v => v.Name).Select(v => new Choice(v.Id, v.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CohortChoice>> CohortsAsync(Actor actor, CancellationToken ct = default)
    {
        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => visible == null || visible.Contains(c.VillageId))
            .Join(db.Villages, c => c.VillageId, v => v.Id, (c, v) => new { c.Id, c.Name, c.VillageId, Village = v.Name, c.StartsOn })
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name).ToListAsync(ct);
        return cohorts.Select(c => new CohortChoice(c.Id, c.Name, c.VillageId, c.Village, c.StartsOn)).ToList();
    }

    /// <summary>The filter, or null when the village or cohort is not the viewer's.</summary>
    public async Task<DashboardFilter?> FilterAsync(Actor actor, int? villageId, int? cohortId, CancellationToken ct = default)
    {
        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        if (villageId is { } v && visible is not null && !visible.Contains(v))
        {
            return null;
        }

        if (cohortId is { } c)
        {
            var cohortVillage = await db.Cohorts.Where(x => x.Id == c).Select(x => (int?)x.VillageId).SingleOrDefaultAsync(ct);
            if (cohortVillage is null || (visible is not null && !visible.Contains(cohortVillage.Value)))
            {
                return null;
            }
        }

        return new DashboardFilter(visible, villageId, cohortId);
    }

    public Task<bool> CanSeeLearnerAsync(Actor actor, int learnerId, CancellationToken ct = default) =>
        access.CanViewLearnerAsync(actor, learnerId, ct);
}
