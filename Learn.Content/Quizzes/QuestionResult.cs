namespace Learn.Content.Quizzes;

public enum QuestionOutcome
{
    Correct,
    Wrong,
    NotAnswered,
}

/// <summary>The grade of one question and the feedback for each option the learner picked.</summary>
public sealed record QuestionResult(
    QuizQuestion Question,
    QuestionOutcome Outcome,
    IReadOnlyList<QuizOption> PickedOptions)
{
    public bool IsCorrect => Outcome == QuestionOutcome.Correct;
}
