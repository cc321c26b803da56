using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Auditing;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Storage;

namespace Learn.Core.Lessons;

/// <summary>
/// One learner's lessons, held for writing by <see cref="AttemptRecorder"/>: their progress and
/// unlocks as they stand inside the write, and the one way an attempt is recorded (attempt row,
/// progress row, placement unlock, audit and village counts together).
/// </summary>
public sealed class LearnerProgressWrite
{
    private readonly LearnDbContext _db;

    private readonly Dictionary<string, LessonProgress> _progress;

    private readonly List<LevelUnlock> _unlocks;

    private readonly int? _villageId;

    internal LearnerProgressWrite(LearnDbContext db, CourseSnapshot course, int learnerId, int? villageId,
        Dictionary<string, LessonProgress> progress, List<LevelUnlock> unlocks)
    {
        _db = db;
        Course = course;
        LearnerId = learnerId;
        _villageId = villageId;
        _progress = progress;
        _unlocks = unlocks;
    }

    public int LearnerId { get; }

    public CourseSnapshot Course { get; }

    internal VillageTally Tally { get; } = new();

    internal IEnumerable<LessonProgress> ProgressRows => _progress.Values;

    internal bool Changed { get; private set; }

    /// <summary>The journey as it stands now, earlier attempts of this write included.</summary>
    public Journey Journey => JourneyRules.Build(Course, _progress.Values, _unlocks);

    /// <summary>Grades answers against the lesson's quiz; throws <see cref="QuizGradingException"/> for answers the quiz lacks.</summary>
    public static QuizResult Grade(Lesson lesson, QuizAnswers answers) =>
        QuizGrader.Grade(lesson.Indonesian.Quiz, answers, lesson.Mastery);

    /// <summary>
    /// Records one graded attempt answered at <paramref name="at"/>. The first mastery time stands; a
    /// passed placement check opens its level once; an assisted attempt is audited with its kader.
    /// </summary>
    public QuizSubmission Record(Lesson lesson, QuizResult result, DateTimeOffset at, int? assistedByKaderId = null,
        bool offline = false)
    {
        if (!_progress.TryGetValue(lesson.Id, out var row))
        {
            row = new LessonProgress(LearnerId, lesson.Id, lesson.LevelNumber);
            _db.LessonProgress.Add(row);
            _progress[lesson.Id] = row;
        }

        var wasMastered = row.IsMastered;
        row.RecordAttempt(result.CorrectCount, result.Passed, at, assistedByKaderId);
        _db.QuizAttempts.Add(new QuizAttempt(LearnerId, lesson.Id, at, result.CorrectCount, result.Total, result.Passed,
            result.WrongQuestionIds, assistedByKaderId));
        if (_villageId is { } village)
        {
            Tally.Count(village, lesson.Id, result.WrongQuestionIds);
        }

        var score = $"{result.CorrectCount}/{result.Total}";
        if (lesson.Kind == LessonKind.Placement && result.Passed
            && !_unlocks.Any(u => u.LevelNumber == lesson.LevelNumber && u.Method == UnlockMethod.Placement))
        {
            var unlock = new LevelUnlock(LearnerId, lesson.LevelNumber, UnlockMethod.Placement, assistedByKaderId, at,
                offline ? $"placement check {lesson.Id}: {score} (offline)" : $"placement check {lesson.Id}: {score}");
            _db.LevelUnlocks.Add(unlock);
            _unlocks.Add(unlock);
        }

        if (assistedByKaderId is { } kaderId)
        {
            _db.AuditEntries.Add(new AuditEntry(at, kaderId, "progress.assisted_quiz", LearnerId, $"{lesson.Id}: {score}"));
        }

        Changed = true;
        return new QuizSubmission(result, !wasMastered && row.IsMastered, row, Journey);
    }
}
