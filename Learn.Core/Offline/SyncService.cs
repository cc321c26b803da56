using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Offline;

/// <summary>
/// Records quizzes answered offline. Each item carries an id made on the phone; an id already
/// recorded is a duplicate and changes nothing, so a batch can be sent again after a dropped
/// connection. Items are applied in the order they were answered, and the earliest mastery wins
/// even when an earlier answer arrives in a later batch. A batch is saved in one step.
/// </summary>
public sealed partial class SyncService(LearnDbContext db, CourseCatalog courses, TimeProvider time)
{
    public const int MaxBatchSize = 100;

    public async Task<IReadOnlyList<SyncItemResult>> SyncAsync(int learnerId, IReadOnlyList<SyncItem> items,
        CancellationToken ct = default)
    {
        if (items.Count > MaxBatchSize)
        {
            throw new LearnDomainException("sync.batch_too_large", $"Send at most {MaxBatchSize} items at once.");
        }

        try
        {
            return await ApplyAsync(learnerId, items, ct);
        }
        catch (DbUpdateException)
        {
            // The same batch raced in on another request and won the unique index: start again,
            // and its items now come back as duplicates.
            db.ChangeTracker.Clear();
            return await ApplyAsync(learnerId, items, ct);
        }
    }

    private async Task<IReadOnlyList<SyncItemResult>> ApplyAsync(int learnerId, IReadOnlyList<SyncItem> items, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var createdAt = await db.Accounts.Where(a => a.Id == learnerId).Select(a => (DateTimeOffset?)a.CreatedAt).SingleOrDefaultAsync(ct)
            ?? throw new LearnDomainException("access.denied", "There is no such learner.");

        var results = new SyncItemResult?[items.Count];
        var candidates = new List<(int Index, SyncItem Item, DateTimeOffset At)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (Check(item) is { } problem)
            {
                results[i] = new SyncItemResult(item.Id, SyncStatus.Malformed, problem);
            }
            else if (!seen.Add(item.Id!))
            {
                results[i] = new SyncItemResult(item.Id, SyncStatus.Duplicate);
            }
            else
            {
                var at = item.AnsweredAt!.Value;
                at = at > now ? now : at;
                at = at < createdAt ? createdAt : at;
                candidates.Add((i, item, at));
            }
        }

        var ids = candidates.Select(c => c.Item.Id!).ToList();
        var recorded = (await db.SyncReceipts.AsNoTracking()
            .Where(r => r.AccountId == learnerId && ids.Contains(r.ClientId)).Select(r => r.ClientId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

        var course = courses.Current;
        var progress = (await db.LessonProgress.Where(p => p.AccountId == learnerId).ToListAsync(ct))
            .ToDictionary(p => p.LessonId, StringComparer.Ordinal);
        var unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == learnerId).ToListAsync(ct);

        foreach (var (index, item, at) in candidates.OrderBy(c => c.At).ThenBy(c => c.Index))
        {
            results[index] = recorded.Contains(item.Id!)
                ? new SyncItemResult(item.Id, SyncStatus.Duplicate)
                : Apply(learnerId, item, at, now, course, progress, unlocks);
        }

        await db.SaveChangesAsync(ct);
        return results.Select(r => r!).ToList();
    }

    private SyncItemResult Apply(int learnerId, SyncItem item, DateTimeOffset at, DateTimeOffset now, CourseSnapshot course,
        Dictionary<string, LessonProgress> progress, List<LevelUnlock> unlocks)
    {
        if (course.FindLesson(item.LessonId!) is not { } lesson)
        {
            return new SyncItemResult(item.Id, SyncStatus.UnknownLesson);
        }

        // Earlier items of this batch count: mastering level 1 offline opens level 2 for the items after it.
        if (!JourneyRules.Build(course, progress.Values, unlocks).CanOpen(lesson))
        {
            return new SyncItemResult(item.Id, SyncStatus.LevelLocked);
        }

        var answers = new QuizAnswers();
        foreach (var (questionId, optionIds) in item.Answers!)
        {
            foreach (var optionId in optionIds)
            {
                answers.Pick(questionId, optionId);
            }
        }

        QuizResult result;
        try
        {
            result = QuizGrader.Grade(lesson.Indonesian.Quiz, answers, lesson.Mastery);
        }
        catch (QuizGradingException e)
        {
            return new SyncItemResult(item.Id, SyncStatus.Malformed, $"answers: {e.Message}");
        }

        if (!progress.TryGetValue(lesson.Id, out var row))
        {
            row = new LessonProgress(learnerId, lesson.Id, lesson.LevelNumber);
            db.LessonProgress.Add(row);
            progress[lesson.Id] = row;
        }

        var wasMastered = row.IsMastered;
        row.RecordAttempt(result.CorrectCount, result.Passed, at);
        db.QuizAttempts.Add(new QuizAttempt(learnerId, lesson.Id, at, result.CorrectCount, result.Total, result.Passed,
            result.WrongQuestionIds, assistedByKaderId: null));
        db.SyncReceipts.Add(new SyncReceipt(learnerId, item.Id!, lesson.Id, at, now, result.Passed));

        if (lesson.Kind == LessonKind.Placement && result.Passed
            && !unlocks.Any(u => u.LevelNumber == lesson.LevelNumber && u.Method == UnlockMethod.Placement))
        {
            var unlock = new LevelUnlock(learnerId, lesson.LevelNumber, UnlockMethod.Placement, null, at,
                $"placement check {lesson.Id}: {result.CorrectCount}/{result.Total} (offline)");
            db.LevelUnlocks.Add(unlock);
            unlocks.Add(unlock);
        }

        return new SyncItemResult(item.Id, SyncStatus.Ok, null, result.CorrectCount, result.Total, result.Passed,
            !wasMastered && row.IsMastered);
    }

    /// <summary>The first missing or unusable field, or null when the item can be graded.</summary>
    private static string? Check(SyncItem item)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            return "id: missing";
        }

        if (item.Id.Length > SyncReceipt.MaxClientIdLength || !ClientId().IsMatch(item.Id))
        {
            return $"id: use 1 to {SyncReceipt.MaxClientIdLength} letters, digits or dashes";
        }

        if (string.IsNullOrWhiteSpace(item.LessonId))
        {
            return "lessonId: missing";
        }

        if (item.Answers is null)
        {
            return "answers: missing";
        }

        if (item.Answers.Any(a => a.Value is null || a.Value.Any(string.IsNullOrEmpty)))
        {
            return "answers: every question needs a list of option ids";
        }

        return item.AnsweredAt is null ? "answeredAt: missing" : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ClientId();
}
