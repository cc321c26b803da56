namespace Learn.Content.Quizzes;

public sealed record QuizResult(IReadOnlyList<QuestionResult> Questions, int Required)
{
    public int CorrectCount => Questions.Count(q => q.IsCorrect);

    public int Total => Questions.Count;

    /// <summary>Enough right answers, and every must-pass question right.</summary>
    public bool Passed => CorrectCount >= Required && MissedMustPass.Count == 0;

    /// <summary>Must-pass questions (safety: APK files, OTP, PIN) answered wrong or not at all.</summary>
    public IReadOnlyList<QuizQuestion> MissedMustPass => [.. Questions.Where(q => q.Question.MustPass && !q.IsCorrect).Select(q => q.Question)];

    public IEnumerable<string> WrongQuestionIds =>
        Questions.Where(q => q.Outcome == QuestionOutcome.Wrong).Select(q => q.Question.Id);

    public QuestionResult? For(string questionId) => Questions.FirstOrDefault(q => q.Question.Id == questionId);
}
