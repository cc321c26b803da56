using System.Security.Claims;
using System.Text.RegularExpressions;
using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Storage;
using Learn.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Learn.Web.Facilitator;

/// <summary>
/// What the signed-in facilitator may look at: their villages and those villages' cohorts. A filter
/// naming anything else resolves to null, which the pages answer with 404.
/// </summary>
public sealed partial class FacilitatorScope(LearnDbContext db, AccessPolicy access)
{
    public sealed record Choice(int Id, string Name);

    public sealed record CohortChoice(int Id, string Name, int VillageId, string Village, DateOnly StartsOn);

    public async Task<IReadOnlyList<Choice>> VillagesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = await access.VisibleVillageIdsAsync(user.RequireActor(), ct);
        return await db.Villages.AsNoTracking().Where(v => visible == null || visible.Contains(v.Id))
            .OrderBy(v => v.Name).Select(v => new Choice(v.Id, v.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CohortChoice>> CohortsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = await access.VisibleVillageIdsAsync(user.RequireActor(), ct);
        var cohorts = await db.Cohorts.AsNoTracking().Where(c => visible == null || visible.Contains(c.VillageId))
            .Join(db.Villages, c => c.VillageId, v => v.Id, (c, v) => new { c.Id, c.Name, c.VillageId, Village = v.Name, c.StartsOn })
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name).ToListAsync(ct);
        return cohorts.Select(c => new CohortChoice(c.Id, c.Name, c.VillageId, c.Village, c.StartsOn)).ToList();
    }

    /// <summary>The filter, or null when the village or cohort is not the viewer's.</summary>
    public async Task<DashboardFilter?> FilterAsync(ClaimsPrincipal user, int? villageId, int? cohortId, CancellationToken ct)
    {
        var actor = user.RequireActor();
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

    public Task<bool> CanSeeLearnerAsync(ClaimsPrincipal user, int learnerId, CancellationToken ct) =>
        access.CanViewLearnerAsync(user.RequireActor(), learnerId, ct);

    /// <summary>A file name safe for a Content-Disposition header: "peserta-sidomulyo.csv".</summary>
    public static string FileName(string stem, string extension) =>
        $"{UnsafeFileChars().Replace(stem.ToLowerInvariant(), "-").Trim('-')}.{extension}";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex UnsafeFileChars();
}
