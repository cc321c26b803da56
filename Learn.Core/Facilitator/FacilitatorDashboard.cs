using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator;

/// <summary>
/// The facilitator's figures for many villages at once. Every number comes from a handful of
/// grouped SQL queries over the filtered learners, never from a query per learner, so a district
/// (10,000 learners, a million progress rows) loads in well under a second.
/// </summary>
public sealed class FacilitatorDashboard(LearnDbContext db, CourseCatalog courses, ReadinessRules rules, TimeProvider time)
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(7);
    public const int FailureLimit = 3;
    public const int YoungUnder = 30;

    /// <summary>
    /// An open help request with no helper's reply after this long makes its learner stuck. Escalation
    /// (minutes) has long run through every circle of helpers by then: nobody is going to answer by themselves.
    /// </summary>
    public static readonly TimeSpan HelpUnansweredAfter = TimeSpan.FromHours(24);

    public IQueryable<Account> Learners(DashboardFilter filter)
    {
        var query = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner);
        if (filter.VisibleVillageIds is { } visible)
        {
            query = query.Where(a => a.VillageId != null && visible.Contains(a.VillageId.Value));
        }

        if (filter.VillageId is { } village)
        {
            query = query.Where(a => a.VillageId == village);
        }

        if (filter.CohortId is { } cohort)
        {
            query = query.Where(a => db.Set<CohortMember>().Any(m => m.CohortId == cohort && m.LearnerId == a.Id));
        }

        return query;
    }

    public async Task<IReadOnlyList<LearnerStanding>> StandingsAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var course = courses.Current;
        var rule = rules.Current;
        var learners = Learners(filter);
        var ids = learners.Select(a => a.Id);
        var lessonIds = course.AllLessons.Select(l => l.Id).ToList();

        var people = await learners.Select(a => new { a.Id, VillageId = a.VillageId!.Value, a.Gender, a.BirthYear, a.CreatedAt }).ToListAsync(ct);
        var mastered = (await db.LessonProgress
                .Where(p => p.MasteredAt != null && ids.Contains(p.AccountId) && lessonIds.Contains(p.LessonId))
                .GroupBy(p => new { p.AccountId, p.LevelNumber })
                .Select(g => new { g.Key.AccountId, g.Key.LevelNumber, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(x => x.AccountId);
        var activity = await db.LessonProgress
            .Where(p => ids.Contains(p.AccountId))
            .GroupBy(p => p.AccountId)
            .Select(g => new
            {
                AccountId = g.Key,
                Last = g.Max(p => p.LastActivityAt),
                Failures = g.Max(p => p.MasteredAt == null ? p.ConsecutiveFailures : 0),
            })
            .ToDictionaryAsync(x => x.AccountId, ct);
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
        var unansweredSince = time.GetUtcNow() - HelpUnansweredAfter;
        var waitingForHelp = (await db.HelpRequests
                .Where(r => ids.Contains(r.LearnerId) && r.Status != HelpStatus.Resolved && r.FirstReplyAt == null && r.CreatedAt <= unansweredSince)
                .Select(r => r.LearnerId)
                .Distinct()
                .ToListAsync(ct))
            .ToHashSet();

        var lessonsPerLevel = course.Levels.ToDictionary(l => l.Number, l => l.Lessons.Count);
        var levelNumbers = course.Levels.Select(l => l.Number).Order().ToList();
        var idleSince = time.GetUtcNow() - IdleLimit;
        var standings = new List<LearnerStanding>(people.Count);
        foreach (var p in people)
        {
            var levels = mastered[p.Id].Where(m => m.Count >= lessonsPerLevel.GetValueOrDefault(m.LevelNumber, int.MaxValue))
                .Select(m => m.LevelNumber).Concat(placements[p.Id]).ToHashSet();
            var current = levelNumbers.FirstOrDefault(n => !levels.Contains(n), levelNumbers.Count + 1);
            var ready = rule is not null && ReadinessEvaluator.IsReady(rule, levels,
                milestones[p.Id].ToDictionary(m => m.Key, m => m.Count), signOffs[p.Id].ToHashSet());
            var last = activity.TryGetValue(p.Id, out var a) ? a.Last : (DateTimeOffset?)null;
            var failures = a?.Failures ?? 0;
            var stuck = StuckReason.None;
            if (!ready && (last ?? p.CreatedAt) < idleSince)
            {
                stuck |= StuckReason.NoProgress;
            }

            if (!ready && failures >= FailureLimit)
            {
                stuck |= StuckReason.RepeatedFailures;
            }

            // Ready or not: someone asked for help and nobody came.
            if (waitingForHelp.Contains(p.Id))
            {
                stuck |= StuckReason.HelpUnanswered;
            }

            standings.Add(new LearnerStanding(p.Id, p.VillageId, p.Gender, p.BirthYear, levels, current, ready,
                selling.Contains(p.Id), last, failures, stuck));
        }

        return standings;
    }

    public IReadOnlyList<FunnelStep> Funnel(IReadOnlyList<LearnerStanding> standings)
    {
        var total = standings.Count;
        var steps = new List<FunnelStep> { new("registered", null, total, total == 0 ? 0 : 100) };
        foreach (var level in courses.Current.Levels.OrderBy(l => l.Number))
        {
            var n = standings.Count(s => s.MasteredLevels.Contains(level.Number));
            steps.Add(new FunnelStep("level", level.Number, n, Percent.Of(n, total)));
        }

        var ready = standings.Count(s => s.IsReady);
        steps.Add(new FunnelStep("ready", null, ready, Percent.Of(ready, total)));
        var selling = standings.Count(s => s.SellsOnline);
        steps.Add(new FunnelStep("selling", null, selling, Percent.Of(selling, total)));
        return steps;
    }

    /// <summary>Learners by the level they are working on; one past the last level means all levels mastered.</summary>
    public IReadOnlyList<LevelCount> PerLevel(IReadOnlyList<LearnerStanding> standings)
    {
        var numbers = courses.Current.Levels.Select(l => l.Number).Order().Append(courses.Current.Levels.Count + 1);
        return numbers.Select(n => new LevelCount(n, standings.Count(s => s.CurrentLevel == n))).ToList();
    }

    public async Task<IReadOnlyList<InclusionRow>> InclusionAsync(IReadOnlyList<LearnerStanding> standings, CancellationToken ct = default)
    {
        var villageIds = standings.Select(s => s.VillageId).Distinct().ToList();
        var names = await db.Villages.AsNoTracking().Where(v => villageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var youngFrom = time.GetUtcNow().Year - YoungUnder;
        return standings.GroupBy(s => s.VillageId)
            .Select(g => new InclusionRow(g.Key, names.GetValueOrDefault(g.Key, "?"), g.Count(),
                g.Count(s => s.Gender == Gender.Female), g.Count(s => s.BirthYear > youngFrom),
                g.Count(s => s.IsReady), g.Count(s => s.IsReady && s.Gender == Gender.Female)))
            .OrderBy(r => r.Village, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>
    /// Kader load per kader and per village. Kader are those living in the filtered villages (for a cohort, its
    /// village); a kader's load counts every active learner assigned to them, from neighbouring villages too,
    /// because that is what their capacity is for. Unassigned counts the filtered active learners without a
    /// tutoring kader. Four grouped queries, whatever the number of kader.
    /// </summary>
    public async Task<(IReadOnlyList<KaderLoadRow> Kader, IReadOnlyList<VillageLoadRow> Villages)> KaderLoadAsync(DashboardFilter filter,
        CancellationToken ct = default)
    {
        var kaderQuery = KaderOf(filter);
        var kaderIds = kaderQuery.Select(k => k.Id);
        var kader = await kaderQuery.Select(k => new { k.Id, k.Name, VillageId = k.VillageId!.Value, k.IsActive }).ToListAsync(ct);
        var profiles = await db.KaderProfiles.AsNoTracking().Where(p => kaderIds.Contains(p.KaderId))
            .Select(p => new { p.KaderId, p.Capacity, p.IsActive })
            .ToDictionaryAsync(p => p.KaderId, ct);
        var assigned = await db.KaderAssignments.AsNoTracking()
            .Where(t => kaderIds.Contains(t.KaderId) && db.Accounts.Any(l => l.Id == t.LearnerId && l.IsActive))
            .GroupBy(t => t.KaderId)
            .Select(g => new { KaderId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.KaderId, x => x.Count, ct);
        // A kader tutors while their account is active and their profile (if any yet) is; no profile means the defaults.
        var tutoringKader = db.Accounts.Where(k => k.Role == Role.Kader && k.IsActive && !db.KaderProfiles.Any(p => p.KaderId == k.Id && !p.IsActive))
            .Select(k => k.Id);
        var unassigned = await Learners(filter)
            .Where(a => a.IsActive && !db.KaderAssignments.Any(t => t.LearnerId == a.Id && tutoringKader.Contains(t.KaderId)))
            .GroupBy(a => a.VillageId!.Value)
            .Select(g => new { VillageId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.VillageId, x => x.Count, ct);

        var villageIds = kader.Select(k => k.VillageId).Concat(unassigned.Keys).Distinct().ToList();
        var names = await db.Villages.AsNoTracking().Where(v => villageIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var rows = kader.Select(k =>
            {
                var profile = profiles.GetValueOrDefault(k.Id);
                return new KaderLoadRow(k.Id, k.Name, k.VillageId, names.GetValueOrDefault(k.VillageId, "?"), assigned.GetValueOrDefault(k.Id),
                    profile?.Capacity ?? KaderProfile.DefaultCapacity, k.IsActive && (profile?.IsActive ?? true));
            })
            .OrderBy(r => r.Village, StringComparer.CurrentCulture).ThenBy(r => r.VillageId)
            .ThenBy(r => r.Kader, StringComparer.CurrentCulture).ThenBy(r => r.KaderId)
            .ToList();
        var villages = villageIds.Select(v =>
            {
                var active = rows.Where(r => r.VillageId == v && r.IsActive).ToList();
                return new VillageLoadRow(v, names.GetValueOrDefault(v, "?"), active.Count, active.Sum(r => r.Capacity), active.Sum(r => r.Assigned),
                    unassigned.GetValueOrDefault(v));
            })
            .OrderBy(r => r.Village, StringComparer.CurrentCulture).ThenBy(r => r.VillageId)
            .ToList();
        return (rows, villages);
    }

    /// <summary>Help response times per village and per helper, for the help requests asked in the filtered villages (or by the cohort).</summary>
    public Task<HelpMetricsReport> HelpAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var requests = db.HelpRequests.AsNoTracking();
        if (filter.VisibleVillageIds is { } visible)
        {
            requests = requests.Where(r => visible.Contains(r.VillageId));
        }

        if (filter.VillageId is { } village)
        {
            requests = requests.Where(r => r.VillageId == village);
        }

        if (filter.CohortId is { } cohort)
        {
            requests = requests.Where(r => db.Set<CohortMember>().Any(m => m.CohortId == cohort && m.LearnerId == r.LearnerId));
        }

        return HelpMetricsQuery.RunAsync(db, requests, ct);
    }

    /// <summary>Stuck learners, the longest idle first; names are read only for the page shown.</summary>
    public async Task<(IReadOnlyList<StuckRow> Rows, int Total)> StuckAsync(IReadOnlyList<LearnerStanding> standings, int skip, int take,
        CancellationToken ct = default)
    {
        var stuck = standings.Where(s => s.Stuck != StuckReason.None)
            .OrderBy(s => s.LastActivity ?? DateTimeOffset.MinValue).ThenBy(s => s.Id).ToList();
        var page = stuck.Skip(skip).Take(take).ToList();
        var ids = page.Select(s => s.Id).ToList();
        var people = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Join(db.Villages, a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name, Village = v.Name })
            .ToDictionaryAsync(x => x.Id, ct);
        var rows = page.Select(s => new StuckRow(s.Id, people[s.Id].Name, people[s.Id].Village, s.CurrentLevel, s.LastActivity,
            s.ConsecutiveFailures, s.Stuck)).ToList();
        return (rows, stuck.Count);
    }

    private IQueryable<Account> KaderOf(DashboardFilter filter)
    {
        var query = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Kader && a.VillageId != null);
        if (filter.VisibleVillageIds is { } visible)
        {
            query = query.Where(a => visible.Contains(a.VillageId!.Value));
        }

        if (filter.VillageId is { } village)
        {
            query = query.Where(a => a.VillageId == village);
        }

        if (filter.CohortId is { } cohort)
        {
            query = query.Where(a => db.Cohorts.Any(c => c.Id == cohort && c.VillageId == a.VillageId));
        }

        return query;
    }

    /// <summary>Questions most often answered wrongly, per lesson, from the wrong-question lists of every attempt.</summary>
    public async Task<IReadOnlyList<DifficultQuestion>> DifficultQuestionsAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var ids = Learners(filter).Select(a => a.Id);
        var attempts = await db.QuizAttempts.Where(a => ids.Contains(a.AccountId))
            .GroupBy(a => a.LessonId)
            .Select(g => new { LessonId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.LessonId, x => x.Count, ct);
        // Group by the whole wrong-list in SQL (few distinct lists), then split the lists in memory.
        var wrongLists = await db.QuizAttempts.Where(a => ids.Contains(a.AccountId) && a.WrongQuestionIds != "")
            .GroupBy(a => new { a.LessonId, a.WrongQuestionIds })
            .Select(g => new { g.Key.LessonId, g.Key.WrongQuestionIds, Count = g.Count() })
            .ToListAsync(ct);
        return wrongLists
            .SelectMany(w => w.WrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(q => (w.LessonId, Question: q, w.Count)))
            .GroupBy(x => (x.LessonId, x.Question))
            .Select(g => new DifficultQuestion(g.Key.LessonId, g.Key.Question, g.Sum(x => x.Count), attempts.GetValueOrDefault(g.Key.LessonId)))
            .OrderByDescending(q => q.WrongPercent).ThenByDescending(q => q.Wrong).ThenBy(q => q.LessonId, StringComparer.Ordinal)
            .ThenBy(q => q.QuestionId, StringComparer.Ordinal)
            .ToList();
    }
}
