using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>Builds one learner's readiness checklist from their stored evidence.</summary>
public sealed class ReadinessService(LearnDbContext db, CourseCatalog courses, ReadinessRules rules)
{
    /// <returns>Null when no readiness rule is defined.</returns>
    public async Task<ReadinessChecklist?> ChecklistAsync(int learnerId, CancellationToken ct = default)
    {
        if (rules.Current is not { } rule)
        {
            return null;
        }

        var evidence = await EvidenceAsync(learnerId, ct);
        return ReadinessEvaluator.Evaluate(rule, evidence);
    }

    public async Task<LearnerEvidence> EvidenceAsync(int learnerId, CancellationToken ct = default)
    {
        var course = courses.Current;
        var progress = await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learnerId).ToListAsync(ct);
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).ToListAsync(ct);
        var passes = await db.QuizAttempts.AsNoTracking().Where(a => a.AccountId == learnerId && a.Passed).ToListAsync(ct);
        var journey = JourneyRules.Build(course, progress, unlocks);
        var kaderIds = progress.Where(p => p.MasteredWithKaderId != null).Select(p => p.MasteredWithKaderId!.Value).ToList();

        var signOffs = await db.SkillSignOffs.AsNoTracking().Where(s => s.LearnerId == learnerId).ToListAsync(ct);
        kaderIds.AddRange(signOffs.Select(s => s.KaderId));
        var names = await db.Accounts.AsNoTracking().Where(a => kaderIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        var levels = new Dictionary<int, EvidenceLine>();
        foreach (var standing in journey.Levels.Where(s => s.IsMastered))
        {
            if (standing.SkippedByPlacement is { } placement)
            {
                levels[standing.Level.Number] = new EvidenceLine(placement.At, placement.Reason,
                    placement.ByAccountId is { } by ? names.GetValueOrDefault(by) : null, standing.Level.Placement?.Id);
                continue;
            }

            // The level was completed by the last of its lessons to be mastered: that quiz is the proof.
            var last = standing.Level.Lessons.Select(l => journey.Progress[l.Id]).MaxBy(p => p.MasteredAt)!;
            var attempt = passes.Where(a => a.LessonId == last.LessonId).OrderBy(a => a.At).FirstOrDefault();
            var score = attempt is null ? $"{last.BestCorrect}" : $"{attempt.Correct}/{attempt.Total}";
            levels[standing.Level.Number] = new EvidenceLine(last.MasteredAt!.Value, score,
                last.MasteredWithKaderId is { } k ? names.GetValueOrDefault(k) : null, last.LessonId);
        }

        var milestones = await db.Milestones.AsNoTracking().Where(m => m.LearnerId == learnerId).ToListAsync(ct);
        return new LearnerEvidence(levels, milestones,
            signOffs.Select(s => (s, names.GetValueOrDefault(s.KaderId) ?? "?")).ToList());
    }

    /// <summary>Whether the learner exists and is a learner; used to tell 404 from an empty checklist.</summary>
    public Task<bool> IsLearnerAsync(int id, CancellationToken ct = default) =>
        db.Accounts.AnyAsync(a => a.Id == id && a.Role == Role.Learner, ct);
}
