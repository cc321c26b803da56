using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Offline;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Lessons;

/// <summary>
/// The one place a quiz attempt is recorded: the lesson form, the kader's assisted mode and offline
/// sync all come here. A write holds the learner for its whole transaction, so two submissions of
/// one learner at once (a double tap, the offline queue sending while the form posts) run one after
/// the other: no duplicate progress row, and the attempt counter always equals the attempt rows.
/// The dashboard's summaries change in the same transaction.
/// </summary>
public sealed class AttemptRecorder(LearnDbContext db, CourseCatalog courses, TimeProvider time)
{
    /// <summary>Tries of a write that lost a unique index to another writer (on PostgreSQL, two learners of a village adding the same count row).</summary>
    public const int Tries = 3;

    /// <summary>
    /// Records one quiz answered now on a page. Refused with "level.locked" while the lesson's level is closed.
    /// A <paramref name="clientId"/> (made by the page's script for each submission) is kept like an offline
    /// answer's id: the same id again, from the form or from the phone's queue after a timed-out post, is a
    /// replay that is graded for display but recorded nothing (<see cref="QuizSubmission.Replayed"/>).
    /// </summary>
    public Task<QuizSubmission> RecordQuizAsync(int learnerId, Lesson lesson, QuizAnswers answers, int? assistedByKaderId = null,
        string? clientId = null, CancellationToken ct = default) =>
        WriteAsync(learnerId, async write =>
        {
            var result = LearnerProgressWrite.Grade(lesson, answers);
            if (clientId is not null && await ReceiptAsync(learnerId, clientId, ct) is { } receipt)
            {
                var journey = write.Journey;
                var row = journey.Progress.GetValueOrDefault(lesson.Id);
                // The replayed post was the one that mastered the lesson when the mastery time is its time.
                return new QuizSubmission(result, row?.MasteredAt == receipt.AnsweredAt, row, journey, Replayed: true);
            }

            if (!write.Journey.CanOpen(lesson))
            {
                throw new LearnDomainException(ErrorKind.Conflict, "level.locked", "This level is not open yet.");
            }

            var now = time.GetUtcNow();
            var submission = write.Record(lesson, result, now, assistedByKaderId);
            if (clientId is not null)
            {
                db.SyncReceipts.Add(new SyncReceipt(learnerId, clientId, lesson.Id, now, now, result.Passed));
            }

            return submission;
        }, ct);

    /// <summary>True when <paramref name="clientId"/> can name an answer: 1 to 64 letters, digits, dashes or underscores.</summary>
    public static bool IsClientId(string? clientId) => SyncReceipt.IsValidClientId(clientId);

    // Read inside the write: a replay racing in on another request has either committed its receipt or waits for this one.
    private Task<SyncReceipt?> ReceiptAsync(int learnerId, string clientId, CancellationToken ct) =>
        db.SyncReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == learnerId && r.ClientId == clientId, ct);

    /// <summary>
    /// Runs <paramref name="work"/> on the learner's lessons in one transaction and saves it with the
    /// summaries. <paramref name="work"/> may run again when the first try lost a race, so it keeps no state
    /// outside what it returns.
    /// </summary>
    public async Task<T> WriteAsync<T>(int learnerId, Func<LearnerProgressWrite, Task<T>> work, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var write = await HoldAsync(learnerId, ct);
                var result = await work(write);
                if (write.Changed)
                {
                    await ProgressSummaries.RefreshAsync(db, write.Course, learnerId, write.ProgressRows, ct);
                    await write.Tally.ApplyAsync(db, ct);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException) when (attempt < Tries)
            {
                // Another writer added the same unique row first: roll back and run the write again on what it stored.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Writes to the learner's account row first (a no-op update): PostgreSQL locks that row until commit and
    /// SQLite's immediate transaction already holds the write lock, so every read after this one is current and
    /// no other write for this learner interleaves.
    /// </summary>
    private async Task<LearnerProgressWrite> HoldAsync(int learnerId, CancellationToken ct)
    {
        var held = await db.Accounts.Where(a => a.Id == learnerId && a.Role == Role.Learner)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Role, a => a.Role), ct);
        if (held == 0)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "There is no such learner.");
        }

        var villageId = await db.Accounts.Where(a => a.Id == learnerId).Select(a => a.VillageId).SingleAsync(ct);
        var progress = (await db.LessonProgress.Where(p => p.AccountId == learnerId).ToListAsync(ct))
            .ToDictionary(p => p.LessonId, StringComparer.Ordinal);
        var unlocks = await db.LevelUnlocks.Where(u => u.AccountId == learnerId).ToListAsync(ct);
        return new LearnerProgressWrite(db, courses.Current, learnerId, villageId, progress, unlocks);
    }
}
