namespace Learn.Core.Lessons;

/// <summary>One submitted quiz, kept to show which questions people find hard.</summary>
public sealed class QuizAttempt
{
    private QuizAttempt()
    {
        LessonId = WrongQuestionIds = string.Empty;
    }

    public QuizAttempt(int accountId, string lessonId, DateTimeOffset at, int correct, int total, bool passed,
        IEnumerable<string> wrongQuestionIds, int? assistedByKaderId)
    {
        AccountId = accountId;
        LessonId = lessonId;
        At = at;
        Correct = correct;
        Total = total;
        Passed = passed;
        WrongQuestionIds = string.Join(',', wrongQuestionIds);
        AssistedByKaderId = assistedByKaderId;
    }

    public long Id { get; private set; }

    public int AccountId { get; private set; }

    public string LessonId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int Correct { get; private set; }

    public int Total { get; private set; }

    public bool Passed { get; private set; }

    /// <summary>Comma-separated question ids answered wrongly.</summary>
    public string WrongQuestionIds { get; private set; }

    public int? AssistedByKaderId { get; private set; }
}
