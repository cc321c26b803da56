using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Lessons;

public sealed class ProgressService(LearnDbContext db, CourseCatalog courses, TimeProvider time, AccessPolicy access)
{
    public async Task<Journey> GetJourneyAsync(int accountId, CancellationToken ct = default)
    {
        var rows = await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(ct);
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == accountId).ToListAsync(ct);
        return JourneyRules.Build(courses.Current, rows, unlocks);
    }

    /// <summary>A kader or facilitator opens a level early for a learner, recorded with who, when and why.</summary>
    public async Task UnlockLevelAsync(Actor actor, int learnerId, int levelNumber, string reason, CancellationToken ct = default)
    {
        if (actor.Role is not (Role.Kader or Role.Facilitator or Role.Admin) || !await access.CanViewLearnerAsync(actor, learnerId, ct)
            || actor.Id == learnerId)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not open levels for this learner.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            throw new LearnDomainException("unlock.reason_required", "Say why the level is opened early (up to 500 characters).");
        }

        if (courses.Current.FindLevel(levelNumber) is null || levelNumber == 1)
        {
            throw new LearnDomainException("unlock.level_unknown", "There is no such level to open.");
        }

        var now = time.GetUtcNow();
        db.LevelUnlocks.Add(new LevelUnlock(learnerId, levelNumber, UnlockMethod.Staff, actor.Id, now, reason.Trim()));
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "level.unlocked", learnerId, $"level {levelNumber}: {reason.Trim()}"));
        await db.SaveChangesAsync(ct);
    }
}
