namespace Learn.Content.Quizzes;

public sealed record QuizResult(IReadOnlyList<QuestionResult> Questions, int Required)
{
    public int CorrectCount => Questions.Count(q => q.IsCorrect);

    public int Total => Questions.Count;

    public bool Passed => CorrectCount >= Required;

    public IEnumerable<string> WrongQuestionIds =>
        Questions.Where(q => q.Outcome == QuestionOutcome.Wrong).Select(q => q.Question.Id);

    public QuestionResult? For(string questionId) => Questions.FirstOrDefault(q => q.Question.Id == questionId);
}
