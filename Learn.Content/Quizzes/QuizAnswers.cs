namespace Learn.Content.Quizzes;

/// <summary>What a learner picked: question id to the option ids chosen.</summary>
public sealed class QuizAnswers
{
    private readonly Dictionary<string, HashSet<string>> _picked = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, HashSet<string>> Picked => _picked;

    public QuizAnswers Pick(string questionId, string optionId)
    {
        if (!_picked.TryGetValue(questionId, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _picked[questionId] = set;
        }

        set.Add(optionId);
        return this;
    }

    public IReadOnlySet<string> For(string questionId) =>
        _picked.TryGetValue(questionId, out var set) ? set : new HashSet<string>();
}
