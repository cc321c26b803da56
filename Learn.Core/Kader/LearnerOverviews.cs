using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Kader;

/// <summary>Reads <see cref="LearnerOverview"/>; the page asks <see cref="KaderAccess"/> first whether the viewer may see the learner.</summary>
public sealed class LearnerOverviews(LearnDbContext db, ProgressService progress)
{
    public async Task<LearnerOverview?> ReadAsync(int learnerId, bool withPinChoices, CancellationToken ct = default)
    {
        if (await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == learnerId && a.Role == Role.Learner, ct) is not { } learner)
        {
            return null;
        }

        var village = await db.Villages.AsNoTracking().SingleAsync(v => v.Id == learner.VillageId, ct);
        var journey = await progress.GetJourneyAsync(learnerId, ct);
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).OrderBy(u => u.At).ToListAsync(ct);
        var assignment = await db.KaderAssignments.AsNoTracking().SingleOrDefaultAsync(a => a.LearnerId == learnerId, ct);
        var kaderName = assignment is null ? null : await db.Accounts.Where(a => a.Id == assignment.KaderId).Select(a => a.Name).SingleAsync(ct);
        var signOffs = (await db.SkillSignOffs.AsNoTracking().Where(s => s.LearnerId == learnerId).ToListAsync(ct))
            .GroupBy(s => s.SkillId).ToDictionary(g => g.Key, g => g.First());
        var pinChoices = withPinChoices
            ? (await db.Accounts.AsNoTracking()
                    .Where(a => a.Role == Role.Kader && a.IsActive)
                    .Join(db.Villages.Of(village), a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name })
                    .OrderBy(a => a.Name).ToListAsync(ct))
                .Select(a => (a.Id, a.Name)).ToList()
            : [];
        return new LearnerOverview(learner, village.Name, journey, unlocks, assignment, kaderName, signOffs, pinChoices);
    }
}
