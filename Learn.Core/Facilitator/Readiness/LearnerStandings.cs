using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Where each of a set of learners stands (levels, readiness, stuck), read in a handful of queries
/// whatever their number: lessons from the per-learner-per-level summaries, never from the progress
/// rows. The facilitator dashboard asks it for a district, the kader's list for one page; both get the
/// same answer for the same learner.
/// </summary>
public sealed class LearnerStandings(LearnDbContext db, CourseCatalog courses, ReadinessRules rules, TimeProvider time)
{
    public async Task<IReadOnlyList<LearnerStanding>> ForAsync(IQueryable<Account> learners, CancellationToken ct = default)
    {
        var course = courses.Current;
        var rule = rules.Current;
        var ids = learners.Select(a => a.Id);

        var people = await learners.Select(a => new { a.Id, VillageId = a.VillageId!.Value, a.Gender, a.BirthYear, a.CreatedAt, a.IsActive })
            .ToListAsync(ct);
        var levelRows = (await db.LearnerLevelSummaries.AsNoTracking()
                .Where(s => ids.Contains(s.AccountId))
                .Select(s => new { s.AccountId, s.LevelNumber, s.MasteredLessons, s.FailuresInARow, s.LastActivityAt })
                .ToListAsync(ct))
            .ToLookup(x => x.AccountId);
        var placements = (await db.LevelUnlocks
                .Where(u => u.Method == UnlockMethod.Placement && ids.Contains(u.AccountId))
                .Select(u => new { u.AccountId, u.LevelNumber })
                .Distinct()
                .ToListAsync(ct))
            .ToLookup(x => x.AccountId, x => x.LevelNumber);
        var milestoneKeys = rule?.Milestones.Select(m => m.Key).ToList() ?? [];
        var milestones = (await db.Milestones
                .Where(m => milestoneKeys.Contains(m.Key) && ids.Contains(m.LearnerId))
                .GroupBy(m => new { m.LearnerId, m.Key })
                .Select(g => new { g.Key.LearnerId, g.Key.Key, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(x => x.LearnerId);
        var skillIds = rule?.SignOffs.Select(s => s.SkillId).ToList() ?? [];
        var signOffs = (await db.SkillSignOffs
                .Where(s => skillIds.Contains(s.SkillId) && ids.Contains(s.LearnerId))
                .Select(s => new { s.LearnerId, s.SkillId })
                .Distinct()
                .ToListAsync(ct))
            .ToLookup(x => x.LearnerId, x => x.SkillId);
        var selling = (await db.BusinessSurveys
                .Where(s => s.LearnerId != null && ids.Contains(s.LearnerId.Value) && s.SellsOnline
                    && !db.BusinessSurveys.Any(o => o.LearnerId == s.LearnerId && o.Wave > s.Wave))
                .Select(s => s.LearnerId!.Value)
                .ToListAsync(ct))
            .ToHashSet();
        var now = time.GetUtcNow();
        var unansweredSince = now - StuckRule.HelpUnansweredAfter;
        var waitingForHelp = (await db.HelpRequests
                .Where(r => ids.Contains(r.LearnerId) && r.Status != HelpStatus.Resolved && r.FirstReplyAt == null && r.CreatedAt <= unansweredSince)
                .Select(r => r.LearnerId)
                .Distinct()
                .ToListAsync(ct))
            .ToHashSet();
        var withKader = (await db.KaderAssignments
                .Where(t => ids.Contains(t.LearnerId) && KaderAssignments.ActiveKader(db).Contains(t.KaderId))
                .Select(t => t.LearnerId)
                .ToListAsync(ct))
            .ToHashSet();

        var lessonsPerLevel = course.Levels.ToDictionary(l => l.Number, l => l.Lessons.Count);
        var levelNumbers = course.Levels.Select(l => l.Number).Order().ToList();
        var standings = new List<LearnerStanding>(people.Count);
        foreach (var p in people)
        {
            var rows = levelRows[p.Id].ToList();
            var levels = rows.Where(m => m.MasteredLessons >= lessonsPerLevel.GetValueOrDefault(m.LevelNumber, int.MaxValue))
                .Select(m => m.LevelNumber).Concat(placements[p.Id]).ToHashSet();
            var current = levelNumbers.FirstOrDefault(n => !levels.Contains(n), levelNumbers.Count + 1);
            var ready = rule is not null && ReadinessEvaluator.IsReady(rule, levels,
                milestones[p.Id].ToDictionary(m => m.Key, m => m.Count), signOffs[p.Id].ToHashSet());
            var last = rows.Count == 0 ? (DateTimeOffset?)null : rows.Max(r => r.LastActivityAt);
            var failures = rows.Count == 0 ? 0 : rows.Max(r => r.FailuresInARow);
            var stuck = StuckRule.Reasons(new StuckFacts(p.CreatedAt, last, failures, ready, p.IsActive, withKader.Contains(p.Id),
                waitingForHelp.Contains(p.Id)), now);
            standings.Add(new LearnerStanding(p.Id, p.VillageId, p.Gender, p.BirthYear, levels, current, ready,
                selling.Contains(p.Id), last, failures, stuck));
        }

        return standings;
    }
}
