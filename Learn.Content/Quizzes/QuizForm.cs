using System.Text.RegularExpressions;

namespace Learn.Content.Quizzes;

/// <summary>
/// Reads a quiz from a posted form: a field per question (<c>q1</c>, <c>q2</c>, …, the question ids)
/// holding the picked option ids. Other fields (the antiforgery token, buttons) are ignored; unknown
/// questions or options are left for the grader to refuse.
/// </summary>
public static partial class QuizForm
{
    public static QuizAnswers Read<TValues>(IEnumerable<KeyValuePair<string, TValues>> fields)
        where TValues : IEnumerable<string?>
    {
        var answers = new QuizAnswers();
        foreach (var (key, values) in fields)
        {
            if (!AnswerField().IsMatch(key))
            {
                continue;
            }

            foreach (var value in values)
            {
                answers.Pick(key, value ?? string.Empty);
            }
        }

        return answers;
    }

    [GeneratedRegex(@"^q\d{1,3}$")]
    private static partial Regex AnswerField();
}
