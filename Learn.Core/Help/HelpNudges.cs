using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// Reminders sent by a kader or facilitator through WhatsApp on their own phone. Learn only records
/// who reminded whom and when (the message itself never passes through the server).
/// </summary>
public sealed class HelpNudges(LearnDbContext db, AccessPolicy access, CourseCatalog courses, TimeProvider time)
{
    /// <summary>
    /// Records that the actor reminds the learner and returns what the message needs; null when the actor
    /// may not look after this learner or the learner has no Indonesian mobile number.
    /// </summary>
    public async Task<NudgeTarget?> RecordAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        if (actor.Role == Role.Learner || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            return null;
        }

        var learner = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == learnerId, ct);
        if (WhatsAppLink.InternationalNumber(learner.Phone) is not { } number)
        {
            return null;
        }

        var progress = await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learnerId).ToListAsync(ct);
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).ToListAsync(ct);
        var wished = await db.KaderWishes.AsNoTracking().Where(w => w.LearnerId == learnerId).Select(w => w.Language).SingleOrDefaultAsync(ct);
        db.HelpNudges.Add(new HelpNudge(learnerId, actor.Id, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        var next = JourneyRules.Build(courses.Current, progress, unlocks).ContinueWith;
        return new NudgeTarget(number, learner.Name, wished ?? KaderLanguages.Indonesian, next);
    }

    /// <summary>The latest reminder of each of these learners that has one.</summary>
    public async Task<IReadOnlyDictionary<int, LastNudge>> LastAsync(IReadOnlyCollection<int> learnerIds, CancellationToken ct = default)
    {
        var latest = await db.HelpNudges.AsNoTracking().Where(n => learnerIds.Contains(n.LearnerId))
            .GroupBy(n => n.LearnerId).Select(g => g.Max(n => n.Id)).ToListAsync(ct);
        return await db.HelpNudges.AsNoTracking().Where(n => latest.Contains(n.Id))
            .Join(db.Accounts, n => n.ById, a => a.Id, (n, a) => new { n.LearnerId, n.ById, a.Name, n.At })
            .ToDictionaryAsync(x => x.LearnerId, x => new LastNudge(x.ById, x.Name, x.At), ct);
    }
}
