using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The baseline: the dashboard as it was before the summaries, grouping every progress and quiz row
/// on each load (mastered lessons, last activity and failures, wrong-question lists). Kept here only
/// to measure against; the product reads the summaries.
/// </summary>
internal static class GroupedQueries
{
    public static async Task<(int Ready, int Stuck, int Level1, int Questions)> RunAsync(LearnDbContext db, CourseSnapshot course,
        ReadinessRule rule, DateTimeOffset now)
    {
        var learners = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner);
        var ids = learners.Select(a => a.Id);
        var lessonIds = course.AllLessons.Select(l => l.Id).ToList();
        var people = await learners.Select(a => new { a.Id, a.CreatedAt }).ToListAsync();
        var mastered = (await db.LessonProgress
                .Where(p => p.MasteredAt != null && ids.Contains(p.AccountId) && lessonIds.Contains(p.LessonId))
                .GroupBy(p => new { p.AccountId, p.LevelNumber })
                .Select(g => new { g.Key.AccountId, g.Key.LevelNumber, Count = g.Count() })
                .ToListAsync())
            .ToLookup(x => x.AccountId);
        var activity = await db.LessonProgress
            .Where(p => ids.Contains(p.AccountId))
            .GroupBy(p => p.AccountId)
            .Select(g => new { AccountId = g.Key, Last = g.Max(p => p.LastActivityAt), Failures = g.Max(p => p.MasteredAt == null ? p.ConsecutiveFailures : 0) })
            .ToDictionaryAsync(x => x.AccountId);
        var milestoneKeys = rule.Milestones.Select(m => m.Key).ToList();
        var milestones = (await db.Milestones.Where(m => milestoneKeys.Contains(m.Key) && ids.Contains(m.LearnerId))
                .GroupBy(m => new { m.LearnerId, m.Key }).Select(g => new { g.Key.LearnerId, g.Key.Key, Count = g.Count() }).ToListAsync())
            .ToLookup(x => x.LearnerId);
        var skillIds = rule.SignOffs.Select(s => s.SkillId).ToList();
        var signOffs = (await db.SkillSignOffs.Where(s => skillIds.Contains(s.SkillId) && ids.Contains(s.LearnerId))
                .Select(s => new { s.LearnerId, s.SkillId }).Distinct().ToListAsync())
            .ToLookup(x => x.LearnerId, x => x.SkillId);
        var lessonsPerLevel = course.Levels.ToDictionary(l => l.Number, l => l.Lessons.Count);
        int ready = 0, stuck = 0, level1 = 0;
        foreach (var p in people)
        {
            var levels = mastered[p.Id].Where(m => m.Count >= lessonsPerLevel.GetValueOrDefault(m.LevelNumber, int.MaxValue))
                .Select(m => m.LevelNumber).ToHashSet();
            var isReady = ReadinessEvaluator.IsReady(rule, levels, milestones[p.Id].ToDictionary(m => m.Key, m => m.Count), signOffs[p.Id].ToHashSet());
            var last = activity.TryGetValue(p.Id, out var a) ? a.Last : p.CreatedAt;
            var failures = a?.Failures ?? 0;
            ready += isReady ? 1 : 0;
            level1 += levels.Contains(1) ? 1 : 0;
            stuck += !isReady && (now - last >= StuckRule.IdleLimit || failures >= StuckRule.FailureLimit) ? 1 : 0;
        }

        var wrongLists = await db.QuizAttempts.Where(q => ids.Contains(q.AccountId) && q.WrongQuestionIds != "")
            .GroupBy(q => new { q.LessonId, q.WrongQuestionIds })
            .Select(g => new { g.Key.LessonId, g.Key.WrongQuestionIds, Count = g.Count() })
            .ToListAsync();
        _ = await db.QuizAttempts.Where(q => ids.Contains(q.AccountId)).GroupBy(q => q.LessonId)
            .Select(g => new { LessonId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.LessonId, x => x.Count);
        var questions = wrongLists.SelectMany(w => w.WrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(q => (w.LessonId, q)))
            .Distinct().Count();
        return (ready, stuck, level1, questions);
    }
}
