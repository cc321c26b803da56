namespace Learn.Content.Quizzes;

public sealed record QuizQuestion(string Id, string TextHtml, IReadOnlyList<QuizOption> Options)
{
    /// <summary>More than one right option makes it a "choose all that are right" question.</summary>
    public bool IsMultipleChoice => Options.Count(o => o.IsCorrect) > 1;

    /// <summary>A must-pass question (<c>must: true</c> under it): the quiz is not passed unless it is right, whatever the score.</summary>
    public bool MustPass { get; init; }

    public IReadOnlySet<string> CorrectOptionIds { get; } =
        Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
}
