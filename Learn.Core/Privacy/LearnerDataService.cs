using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Privacy;

/// <summary>
/// A learner's right to see and to erase what is held about them. Export gathers every row about
/// the person; delete removes them in one transaction, keeping only their business-survey numbers
/// as anonymous village figures. Both are written to the audit log.
/// </summary>
public sealed class LearnerDataService(LearnDbContext db, AccessPolicy access, TimeProvider time)
{
    public async Task<LearnerDataExport> ExportAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(actor, learnerId, ct);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == learnerId, ct);
        var village = await db.Villages.AsNoTracking().Where(v => v.Id == account.VillageId).Select(v => v.Name).SingleOrDefaultAsync(ct);
        var export = new LearnerDataExport(
            time.GetUtcNow(),
            new LearnerDataExport.Person(account.Id, account.Name, account.Phone, village, account.Hamlet, account.Gender.ToString(),
                account.BirthYear, account.CreatedAt, account.LastSignInAt, account.IsActive),
            await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learnerId).OrderBy(p => p.LessonId)
                .Select(p => new LearnerDataExport.LessonRow(p.LessonId, p.LevelNumber, p.Attempts, p.FailedAttempts, p.BestCorrect, p.MasteredAt, p.LastActivityAt))
                .ToListAsync(ct),
            await db.QuizAttempts.AsNoTracking().Where(a => a.AccountId == learnerId).OrderBy(a => a.At)
                .Select(a => new LearnerDataExport.QuizRow(a.LessonId, a.At, a.Correct, a.Total, a.Passed, a.WrongQuestionIds))
                .ToListAsync(ct),
            await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).OrderBy(u => u.At)
                .Select(u => new LearnerDataExport.UnlockRow(u.LevelNumber, u.Method.ToString(), u.At, u.Reason))
                .ToListAsync(ct),
            await db.Milestones.AsNoTracking().Where(m => m.LearnerId == learnerId).OrderBy(m => m.At)
                .Select(m => new LearnerDataExport.MilestoneRow(m.Key, m.At, m.Evidence))
                .ToListAsync(ct),
            await db.SkillSignOffs.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.At)
                .Select(s => new LearnerDataExport.SignOffRow(s.SkillId, s.KaderId, s.At, s.Note))
                .ToListAsync(ct),
            await db.BusinessSurveys.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Wave)
                .Select(s => new LearnerDataExport.SurveyRow(s.Wave, s.TakenAt, s.SellsOnline, s.MonthlyTurnover, s.MarginPercent, s.Provinces, s.PeopleEmployed))
                .ToListAsync(ct),
            await db.CohortMembers.AsNoTracking().Where(m => m.LearnerId == learnerId)
                .Join(db.Cohorts, m => m.CohortId, c => c.Id, (m, c) => c.Name).ToListAsync(ct),
            await db.KaderPreferences.AsNoTracking().Where(k => k.LearnerId == learnerId).Select(k => k.KaderId).ToListAsync(ct),
            await db.AuditEntries.AsNoTracking().Where(a => a.SubjectAccountId == learnerId || a.ActorId == learnerId).OrderBy(a => a.At)
                .Select(a => new LearnerDataExport.AuditRow(a.At, a.Action, a.ActorId, a.Details))
                .ToListAsync(ct));

        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "privacy.exported", learnerId, "all data of the learner downloaded"));
        await db.SaveChangesAsync(ct);
        return export;
    }

    /// <summary>
    /// Deletes the learner and everything about them. Their surveys stay, without the person, so
    /// village figures do not change; the deletion itself is audited (by id and village, no name).
    /// </summary>
    public async Task DeleteAsync(Actor actor, int learnerId, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(actor, learnerId, ct);
        var villageId = await db.Accounts.Where(a => a.Id == learnerId).Select(a => a.VillageId).SingleAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.BusinessSurveys.Where(s => s.LearnerId == learnerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LearnerId, (int?)null), ct);
        await db.CohortMembers.Where(m => m.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.KaderPreferences.Where(k => k.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.SkillSignOffs.Where(s => s.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.Milestones.Where(m => m.LearnerId == learnerId).ExecuteDeleteAsync(ct);
        await db.QuizAttempts.Where(a => a.AccountId == learnerId).ExecuteDeleteAsync(ct);
        await db.LessonProgress.Where(p => p.AccountId == learnerId).ExecuteDeleteAsync(ct);
        await db.LevelUnlocks.Where(u => u.AccountId == learnerId).ExecuteDeleteAsync(ct);
        // Their history (quiz scores, unlock reasons) is their data too.
        await db.AuditEntries.Where(a => a.SubjectAccountId == learnerId || a.ActorId == learnerId).ExecuteDeleteAsync(ct);
        await db.Accounts.Where(a => a.Id == learnerId).ExecuteDeleteAsync(ct);
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), actor.Id, "privacy.deleted", learnerId,
            $"learner #{learnerId} of village {villageId} deleted with all personal data; survey figures kept anonymously"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task EnsureAllowedAsync(Actor actor, int learnerId, CancellationToken ct)
    {
        if (actor.Role is not (Role.Facilitator or Role.Admin) || actor.Id == learnerId || !await access.CanViewLearnerAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException("access.denied", "You may not see or delete this learner's data.");
        }
    }
}
