using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Kader;

/// <summary>Read-only questions other features ask about tutoring, e.g. live help: "who is this learner's kader?"</summary>
public sealed class KaderAssignments(LearnDbContext db)
{
    /// <summary>Kader who tutor: their account is active and their profile (if any yet) is; no profile means the defaults.</summary>
    public static IQueryable<int> ActiveKader(LearnDbContext db) =>
        db.Accounts.Where(k => k.Role == Role.Kader && k.IsActive && !db.KaderProfiles.Any(p => p.KaderId == k.Id && !p.IsActive))
            .Select(k => k.Id);

    /// <summary>The learner's assigned kader, or null when they have none (or the kader stopped tutoring).</summary>
    public async Task<int?> GetAssignedKaderIdAsync(int learnerId, CancellationToken ct = default)
    {
        var kaderId = await db.KaderAssignments.AsNoTracking().Where(a => a.LearnerId == learnerId)
            .Select(a => (int?)a.KaderId).SingleOrDefaultAsync(ct);
        if (kaderId is null)
        {
            return null;
        }

        var inactive = await db.KaderProfiles.AsNoTracking().AnyAsync(p => p.KaderId == kaderId && !p.IsActive, ct)
            || await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == kaderId && !a.IsActive, ct);
        return inactive ? null : kaderId;
    }

    public async Task<bool> IsAssignedAsync(int kaderId, int learnerId, CancellationToken ct = default) =>
        await db.KaderAssignments.AsNoTracking().AnyAsync(a => a.KaderId == kaderId && a.LearnerId == learnerId, ct);

    public async Task<IReadOnlyList<int>> LearnerIdsOfAsync(int kaderId, CancellationToken ct = default) =>
        await db.KaderAssignments.AsNoTracking().Where(a => a.KaderId == kaderId).OrderBy(a => a.LearnerId)
            .Select(a => a.LearnerId).ToListAsync(ct);
}
