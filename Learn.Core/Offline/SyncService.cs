using Learn.Content.Quizzes;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Offline;

/// <summary>
/// Records quizzes answered offline, through the same <see cref="AttemptRecorder"/> as the lesson form.
/// Each item carries an id made on the phone; an id already recorded is a duplicate and changes
/// nothing, so a batch can be sent again after a dropped connection. Items are applied in the order
/// they were answered, and the earliest mastery wins even when an earlier answer arrives in a later
/// batch. A batch is saved in one transaction.
/// </summary>
public sealed class SyncService(LearnDbContext db, AttemptRecorder recorder, TimeProvider time)
{
    public const int MaxBatchSize = 100;

    /// <summary>Results in the order of <paramref name="items"/>; see <see cref="AnswerOrder"/> for the order to show them in.</summary>
    public async Task<IReadOnlyList<SyncItemResult>> SyncAsync(int learnerId, IReadOnlyList<SyncItem> items,
        CancellationToken ct = default)
    {
        if (items.Count > MaxBatchSize)
        {
            throw new LearnDomainException("sync.batch_too_large", $"Send at most {MaxBatchSize} items at once.");
        }

        return await recorder.WriteAsync(learnerId, write => ApplyAsync(write, items, ct), ct);
    }

    /// <summary>
    /// The positions of <paramref name="items"/> in the order the learner answered them: items without a
    /// usable answer time first (they were refused), then by answer time, ties in the order sent. Shown in
    /// this order, the last line about a lesson is its final state.
    /// </summary>
    public static IReadOnlyList<int> AnswerOrder(IReadOnlyList<SyncItem> items) =>
        Enumerable.Range(0, items.Count).OrderBy(i => items[i].AnsweredAt ?? DateTimeOffset.MinValue).ThenBy(i => i).ToList();

    private async Task<IReadOnlyList<SyncItemResult>> ApplyAsync(LearnerProgressWrite write, IReadOnlyList<SyncItem> items,
        CancellationToken ct)
    {
        var learnerId = write.LearnerId;
        var now = time.GetUtcNow();
        var createdAt = await db.Accounts.Where(a => a.Id == learnerId).Select(a => a.CreatedAt).SingleAsync(ct);

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

        // Read inside the write: a batch racing in on another request has either committed its receipts or waits for this one.
        var ids = candidates.Select(c => c.Item.Id!).ToList();
        var recorded = (await db.SyncReceipts.AsNoTracking()
            .Where(r => r.AccountId == learnerId && ids.Contains(r.ClientId)).Select(r => r.ClientId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (index, item, at) in candidates.OrderBy(c => c.At).ThenBy(c => c.Index))
        {
            results[index] = recorded.Contains(item.Id!)
                ? new SyncItemResult(item.Id, SyncStatus.Duplicate)
                : Apply(write, item, at, now);
        }

        // Each recorded (or already recorded) answer also says whether its lesson is mastered once the whole batch is
        // in: a quiz post that timed out on the phone but reached the server comes back as a duplicate, and the
        // learner still reads where she stands.
        var journey = write.Journey;
        return results.Select((r, i) => r!.Status is SyncStatus.Ok or SyncStatus.Duplicate && items[i].LessonId is { } lessonId
                ? r with { LessonMastered = journey.IsMastered(lessonId) }
                : r!)
            .ToList();
    }

    private SyncItemResult Apply(LearnerProgressWrite write, SyncItem item, DateTimeOffset at, DateTimeOffset now)
    {
        if (write.Course.FindLesson(item.LessonId!) is not { } lesson)
        {
            return new SyncItemResult(item.Id, SyncStatus.UnknownLesson);
        }

        // Earlier items of this batch count: mastering level 1 offline opens level 2 for the items after it.
        if (!write.Journey.CanOpen(lesson))
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
            result = LearnerProgressWrite.Grade(lesson, answers);
        }
        catch (QuizGradingException e)
        {
            return new SyncItemResult(item.Id, SyncStatus.Malformed, $"answers: {e.Message}");
        }

        var submission = write.Record(lesson, result, at, offline: true);
        db.SyncReceipts.Add(new SyncReceipt(write.LearnerId, item.Id!, lesson.Id, at, now, result.Passed));
        return new SyncItemResult(item.Id, SyncStatus.Ok, null, result.CorrectCount, result.Total, result.Passed,
            submission.NewlyMastered);
    }

    /// <summary>The first missing or unusable field, or null when the item can be graded.</summary>
    private static string? Check(SyncItem item)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            return "id: missing";
        }

        if (!SyncReceipt.IsValidClientId(item.Id))
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
}
