using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator;

/// <summary>
/// The facilitator's figures for many villages at once. Every number comes from a handful of
/// grouped SQL queries over the filtered learners, never from a query per learner, and lesson
/// figures from the summaries the attempt recorder keeps (one row per learner and level, one per
/// village and question), never from the progress or quiz rows themselves.
/// </summary>
public sealed class FacilitatorDashboard(LearnDbContext db, CourseCatalog courses, LearnerStandings standings, TimeProvider time)
{
    public const int YoungUnder = 30;

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

    public Task<IReadOnlyList<LearnerStanding>> StandingsAsync(DashboardFilter filter, CancellationToken ct = default) =>
        standings.ForAsync(Learners(filter), ct);

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
        var activeKader = KaderAssignments.ActiveKader(db);
        var unassigned = await Learners(filter)
            .Where(a => a.IsActive && !db.KaderAssignments.Any(t => t.LearnerId == a.Id && activeKader.Contains(t.KaderId)))
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

    /// <summary>
    /// Questions most often answered wrongly, per lesson: from the per-village counts kept with every attempt,
    /// or, for a cohort (a few dozen learners, not a village), from its members' attempts.
    /// </summary>
    public async Task<IReadOnlyList<DifficultQuestion>> DifficultQuestionsAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        if (filter.CohortId is not null)
        {
            return await DifficultQuestionsOfLearnersAsync(filter, ct);
        }

        var lessons = db.VillageLessonSummaries.AsNoTracking();
        var questions = db.VillageQuestionSummaries.AsNoTracking().Where(q => q.WrongAnswers > 0);
        if (filter.VisibleVillageIds is { } visible)
        {
            lessons = lessons.Where(l => visible.Contains(l.VillageId));
            questions = questions.Where(q => visible.Contains(q.VillageId));
        }

        if (filter.VillageId is { } village)
        {
            lessons = lessons.Where(l => l.VillageId == village);
            questions = questions.Where(q => q.VillageId == village);
        }

        var attempts = await lessons.GroupBy(l => l.LessonId)
            .Select(g => new { LessonId = g.Key, Count = g.Sum(l => l.Attempts) })
            .ToDictionaryAsync(x => x.LessonId, x => x.Count, ct);
        var wrong = await questions.GroupBy(q => new { q.LessonId, q.QuestionId })
            .Select(g => new { g.Key.LessonId, g.Key.QuestionId, Count = g.Sum(q => q.WrongAnswers) })
            .ToListAsync(ct);
        return Rank(wrong.Select(w => new DifficultQuestion(w.LessonId, w.QuestionId, w.Count, attempts.GetValueOrDefault(w.LessonId))));
    }

    private async Task<IReadOnlyList<DifficultQuestion>> DifficultQuestionsOfLearnersAsync(DashboardFilter filter, CancellationToken ct)
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
        return Rank(wrongLists
            .SelectMany(w => w.WrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(q => (w.LessonId, Question: q, w.Count)))
            .GroupBy(x => (x.LessonId, x.Question))
            .Select(g => new DifficultQuestion(g.Key.LessonId, g.Key.Question, g.Sum(x => x.Count), attempts.GetValueOrDefault(g.Key.LessonId))));
    }

    private static List<DifficultQuestion> Rank(IEnumerable<DifficultQuestion> questions) =>
        questions.OrderByDescending(q => q.WrongPercent).ThenByDescending(q => q.Wrong).ThenBy(q => q.LessonId, StringComparer.Ordinal)
            .ThenBy(q => q.QuestionId, StringComparer.Ordinal)
            .ToList();
}
