using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
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

    /// <summary>
    /// Grades and records one quiz attempt in a single save. Refused when the lesson's level is
    /// still locked for this learner. Passing a placement check records the level as skipped.
    /// </summary>
    public async Task<QuizSubmission> SubmitQuizAsync(int learnerId, Lesson lesson, QuizAnswers answers,
        int? assistedByKaderId = null, CancellationToken ct = default)
    {
        var journey = await GetJourneyAsync(learnerId, ct);
        if (!journey.CanOpen(lesson))
        {
            throw new LearnDomainException("level.locked", "This level is not open yet.");
        }

        var result = QuizGrader.Grade(lesson.Indonesian.Quiz, answers, lesson.Mastery);
        var now = time.GetUtcNow();
        var progress = await db.LessonProgress.SingleOrDefaultAsync(p => p.AccountId == learnerId && p.LessonId == lesson.Id, ct);
        if (progress is null)
        {
            progress = new LessonProgress(learnerId, lesson.Id, lesson.LevelNumber);
            db.LessonProgress.Add(progress);
        }

        var wasMastered = progress.IsMastered;
        progress.RecordAttempt(result.CorrectCount, result.Passed, now, assistedByKaderId);
        db.QuizAttempts.Add(new QuizAttempt(learnerId, lesson.Id, now, result.CorrectCount, result.Total, result.Passed,
            result.WrongQuestionIds, assistedByKaderId));

        if (lesson.Kind == LessonKind.Placement && result.Passed
            && !await db.LevelUnlocks.AnyAsync(u => u.AccountId == learnerId && u.LevelNumber == lesson.LevelNumber && u.Method == UnlockMethod.Placement, ct))
        {
            db.LevelUnlocks.Add(new LevelUnlock(learnerId, lesson.LevelNumber, UnlockMethod.Placement, assistedByKaderId, now,
                $"placement check {lesson.Id}: {result.CorrectCount}/{result.Total}"));
        }

        if (assistedByKaderId is { } kaderId)
        {
            db.AuditEntries.Add(new AuditEntry(now, kaderId, "progress.assisted_quiz", learnerId,
                $"{lesson.Id}: {result.CorrectCount}/{result.Total}"));
        }

        await db.SaveChangesAsync(ct);
        return new QuizSubmission(result, !wasMastered && progress.IsMastered, progress);
    }

    /// <summary>A kader or facilitator opens a level early for a learner, recorded with who, when and why.</summary>
    public async Task UnlockLevelAsync(Actor actor, int learnerId, int levelNumber, string reason, CancellationToken ct = default)
    {
        if (actor.Role is not (Role.Kader or Role.Facilitator or Role.Admin) || !await access.CanViewLearnerAsync(actor, learnerId, ct)
            || actor.Id == learnerId)
        {
            throw new LearnDomainException("access.denied", "You may not open levels for this learner.");
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
