using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Accounts;

/// <summary>
/// Who someone is, for pages that show a person or a village by id: read-only, no tracking. The page
/// still asks <see cref="AccessPolicy"/> whether the viewer may see them.
/// </summary>
public sealed class People(LearnDbContext db)
{
    /// <summary>The signed-in person's own account, whatever their role; null once it is deleted.</summary>
    public Task<Account?> AccountAsync(int id, CancellationToken ct = default) =>
        db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);

    public Task<Account?> LearnerAsync(int id, CancellationToken ct = default) =>
        db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Role == Role.Learner, ct);

    public Task<Account?> KaderAsync(int id, CancellationToken ct = default) =>
        db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Role == Role.Kader, ct);

    public Task<string> NameAsync(int id, CancellationToken ct = default) =>
        db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync(ct);

    public Task<string> VillageNameAsync(int villageId, CancellationToken ct = default) =>
        db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).SingleAsync(ct);

    /// <summary>The villages of <see cref="AccessPolicy.VisibleVillageIdsAsync"/> (null: all), by name.</summary>
    public async Task<IReadOnlyList<VillageChoice>> VillagesAsync(IReadOnlyList<int>? visible, CancellationToken ct = default) =>
        await db.Villages.AsNoTracking().Where(v => visible == null || visible.Contains(v.Id))
            .OrderBy(v => v.Name).Select(v => new VillageChoice(v.Id, v.Name)).ToListAsync(ct);
}
