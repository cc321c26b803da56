using Learn.Content.Courses;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Lessons.Summaries;

/// <summary>
/// The summaries the dashboard reads, and the one way they are counted from the raw progress and
/// quiz rows. The recorder keeps them current with each write; <see cref="RebuildAsync"/> counts
/// them again from scratch (after the migration that creates them, or by
/// <c>dotnet run --project Learn.Web -- summaries rebuild</c>, e.g. after a course update removed lessons).
/// </summary>
public sealed class ProgressSummaries(LearnDbContext db, CourseCatalog courses)
{
    /// <summary>One learner's level rows, from all of their progress rows.</summary>
    public static IReadOnlyList<LearnerLevelSummary> Count(CourseSnapshot course, int accountId, IEnumerable<LessonProgress> rows)
    {
        var current = course.AllLessons.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return rows.GroupBy(p => p.LevelNumber)
            .Select(g => LearnerLevelSummary.Of(accountId, g.Key, g.Count(p => p.IsMastered && current.Contains(p.LessonId)),
                g.Sum(p => p.Attempts), g.Max(p => p.IsMastered ? 0 : p.ConsecutiveFailures), g.Max(p => p.LastActivityAt)))
            .ToList();
    }

    /// <summary>Rewrites one learner's level rows from all of their progress rows (tracked; saved by the caller).</summary>
    public Task RefreshLearnerAsync(int accountId, IEnumerable<LessonProgress> rows, CancellationToken ct = default) =>
        RefreshAsync(db, courses.Current, accountId, rows, ct);

    /// <inheritdoc cref="RefreshLearnerAsync"/>
    public static async Task RefreshAsync(LearnDbContext db, CourseSnapshot course, int accountId, IEnumerable<LessonProgress> rows,
        CancellationToken ct = default)
    {
        var stored = await db.LearnerLevelSummaries.Where(s => s.AccountId == accountId).ToDictionaryAsync(s => s.LevelNumber, ct);
        foreach (var fresh in Count(course, accountId, rows))
        {
            if (stored.TryGetValue(fresh.LevelNumber, out var row))
            {
                row.CopyFrom(fresh);
            }
            else
            {
                db.LearnerLevelSummaries.Add(fresh);
                stored.Add(fresh.LevelNumber, fresh);
            }
        }

        var rolled = LearnerProgressSummary.Of(CourseLevelBits.Of(course), accountId, stored.Values);
        var learner = await db.LearnerProgressSummaries.FindAsync([accountId], ct);
        if (rolled is null)
        {
            if (learner is not null)
            {
                db.LearnerProgressSummaries.Remove(learner);
            }
        }
        else if (learner is null)
        {
            db.LearnerProgressSummaries.Add(rolled);
        }
        else
        {
            learner.CopyFrom(rolled);
        }
    }

    /// <summary>Takes a learner's answers out of their village's counts, before their rows are deleted.</summary>
    public async Task ForgetLearnerAsync(int accountId, CancellationToken ct = default)
    {
        var villageId = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.VillageId).SingleOrDefaultAsync(ct);
        await db.LearnerProgressSummaries.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.LearnerLevelSummaries.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct);
        if (villageId is not { } village)
        {
            return;
        }

        var tally = new VillageTally();
        var lists = await db.QuizAttempts.Where(a => a.AccountId == accountId).Select(a => new { a.LessonId, a.WrongQuestionIds }).ToListAsync(ct);
        foreach (var list in lists)
        {
            tally.Count(village, list.LessonId, Split(list.WrongQuestionIds), sign: -1);
        }

        await tally.ApplyAsync(db, ct);
        // A count at zero is a row a recount would not make.
        await db.VillageLessonSummaries.Where(s => s.VillageId == village && s.Attempts <= 0).ExecuteDeleteAsync(ct);
        await db.VillageQuestionSummaries.Where(s => s.VillageId == village && s.WrongAnswers <= 0).ExecuteDeleteAsync(ct);
    }

    /// <summary>Every learner's level rows, counted again from the progress rows.</summary>
    public async Task<List<LearnerLevelSummary>> RecountLearnerLevelsAsync(CancellationToken ct = default)
    {
        var lessonIds = courses.Current.AllLessons.Select(l => l.Id).ToList();
        var mastered = await db.LessonProgress.AsNoTracking()
            .Where(p => p.MasteredAt != null && lessonIds.Contains(p.LessonId))
            .GroupBy(p => new { p.AccountId, p.LevelNumber })
            .Select(g => new { g.Key.AccountId, g.Key.LevelNumber, Count = g.Count() })
            .ToDictionaryAsync(x => (x.AccountId, x.LevelNumber), x => x.Count, ct);
        var rest = await db.LessonProgress.AsNoTracking()
            .GroupBy(p => new { p.AccountId, p.LevelNumber })
            .Select(g => new
            {
                g.Key.AccountId,
                g.Key.LevelNumber,
                Attempts = g.Sum(p => p.Attempts),
                Failures = g.Max(p => p.MasteredAt == null ? p.ConsecutiveFailures : 0),
                Last = g.Max(p => p.LastActivityAt),
            })
            .ToListAsync(ct);
        return rest.Select(r => LearnerLevelSummary.Of(r.AccountId, r.LevelNumber, mastered.GetValueOrDefault((r.AccountId, r.LevelNumber)),
                r.Attempts, r.Failures, r.Last))
            .OrderBy(s => s.AccountId).ThenBy(s => s.LevelNumber)
            .ToList();
    }

    /// <summary>Every learner's roll-up, counted again from the progress rows (through their level rows).</summary>
    public async Task<List<LearnerProgressSummary>> RecountLearnersAsync(CancellationToken ct = default) =>
        RollUp(await RecountLearnerLevelsAsync(ct));

    private List<LearnerProgressSummary> RollUp(IEnumerable<LearnerLevelSummary> levels)
    {
        var bits = CourseLevelBits.Of(courses.Current);
        return levels.GroupBy(l => l.AccountId)
            .Select(g => LearnerProgressSummary.Of(bits, g.Key, g.ToList())!)
            .OrderBy(s => s.AccountId)
            .ToList();
    }

    /// <summary>Every village's lesson and question counts, counted again from the quiz attempts.</summary>
    public async Task<(List<VillageLessonSummary> Lessons, List<VillageQuestionSummary> Questions)> RecountVillagesAsync(
        CancellationToken ct = default)
    {
        var attempts = db.QuizAttempts.AsNoTracking()
            .Join(db.Accounts.Where(a => a.VillageId != null), q => q.AccountId, a => a.Id,
                (q, a) => new { VillageId = a.VillageId!.Value, q.LessonId, q.WrongQuestionIds });
        var lessons = (await attempts.GroupBy(x => new { x.VillageId, x.LessonId })
                .Select(g => new { g.Key.VillageId, g.Key.LessonId, Count = g.Count() })
                .ToListAsync(ct))
            .Select(x => new VillageLessonSummary(x.VillageId, x.LessonId, x.Count))
            .OrderBy(s => s.VillageId).ThenBy(s => s.LessonId, StringComparer.Ordinal)
            .ToList();
        // Group by the whole wrong-list in SQL (few distinct lists), then split the lists in memory.
        var questions = (await attempts.Where(x => x.WrongQuestionIds != "")
                .GroupBy(x => new { x.VillageId, x.LessonId, x.WrongQuestionIds })
                .Select(g => new { g.Key.VillageId, g.Key.LessonId, g.Key.WrongQuestionIds, Count = g.Count() })
                .ToListAsync(ct))
            .SelectMany(x => Split(x.WrongQuestionIds).Select(q => (x.VillageId, x.LessonId, Question: q, x.Count)))
            .GroupBy(x => (x.VillageId, x.LessonId, x.Question))
            .Select(g => new VillageQuestionSummary(g.Key.VillageId, g.Key.LessonId, g.Key.Question, g.Sum(x => x.Count)))
            .OrderBy(s => s.VillageId).ThenBy(s => s.LessonId, StringComparer.Ordinal).ThenBy(s => s.QuestionId, StringComparer.Ordinal)
            .ToList();
        return (lessons, questions);
    }

    /// <summary>Throws the summaries away and counts them again from the raw rows, in one transaction.</summary>
    public async Task<(int LearnerLevels, int VillageLessons, int VillageQuestions)> RebuildAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LearnerProgressSummaries.ExecuteDeleteAsync(ct);
        await db.LearnerLevelSummaries.ExecuteDeleteAsync(ct);
        await db.VillageLessonSummaries.ExecuteDeleteAsync(ct);
        await db.VillageQuestionSummaries.ExecuteDeleteAsync(ct);
        var levels = await RecountLearnerLevelsAsync(ct);
        var learners = RollUp(levels);
        var (lessons, questions) = await RecountVillagesAsync(ct);
        // Rows the caller still tracks are gone from the tables now; their fresh counts replace them.
        foreach (var entry in db.ChangeTracker.Entries()
                     .Where(e => e.Entity is LearnerProgressSummary or LearnerLevelSummary or VillageLessonSummary or VillageQuestionSummary).ToList())
        {
            entry.State = EntityState.Detached;
        }

        db.LearnerLevelSummaries.AddRange(levels);
        db.LearnerProgressSummaries.AddRange(learners);
        db.VillageLessonSummaries.AddRange(lessons);
        db.VillageQuestionSummaries.AddRange(questions);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (levels.Count, lessons.Count, questions.Count);
    }

    internal static IEnumerable<string> Split(string wrongQuestionIds) =>
        wrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
