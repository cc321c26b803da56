using System.Text;

namespace Learn.Content.Quizzes;

/// <summary>
/// The order a question's options are shown in. The key is written in the Markdown in any order; shown as
/// written, the right answer is often first. Each learner sees an order drawn from a seed (learner, lesson,
/// attempt, question), so it is stable while they answer and on the feedback page, and differs on the next
/// attempt. Grading is by option id, never by position, so feedback always matches the option picked.
/// </summary>
public static class OptionShuffle
{
    /// <summary>The seed for one learner's attempt; anonymous readers all share one stable order.</summary>
    public static string Seed(int? learnerId, string lessonId, int attempt) =>
        learnerId is { } id ? $"{id}:{lessonId}:{attempt}" : $"anonymous:{lessonId}";

    public static IReadOnlyList<QuizOption> Order(QuizQuestion question, string seed)
    {
        var options = question.Options.ToArray();
        var random = new Random(StableHash($"{seed}:{question.Id}"));
        random.Shuffle(options);
        return options;
    }

    /// <summary>FNV-1a: the same number on every machine and run (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
