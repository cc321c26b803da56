using System.Text.RegularExpressions;
using Learn.Content.Quizzes;

namespace Learn.Content.Markdown.Extensions.Quiz;

/// <summary>
/// Reads the lines of a quiz block:
/// <code>
/// ? question
/// - [ ] wrong option
///   > feedback
/// - [x] right option
///   > feedback
/// </code>
/// A line <c>must: true</c> right under a question makes it must-pass (a safety question the learner has to get right).
/// </summary>
public static partial class QuizSyntax
{
    public sealed record Problem(int Line, string Message);

    private sealed class DraftQuestion(int line, string text)
    {
        public int Line { get; } = line;

        public string Text { get; } = text;

        public bool Must { get; set; }

        public List<DraftOption> Options { get; } = [];
    }

    private sealed class DraftOption(int line, string text, bool correct)
    {
        public int Line { get; } = line;

        public string Text { get; } = text;

        public bool Correct { get; } = correct;

        public List<string> Feedback { get; } = [];
    }

    /// <param name="lines">The block's lines with their 1-based line numbers in the file.</param>
    /// <param name="renderInline">Renders a line of Markdown to inline HTML.</param>
    public static (Quizzes.Quiz Quiz, IReadOnlyList<Problem> Problems) Parse(
        IReadOnlyList<(int Line, string Text)> lines,
        Func<string, string> renderInline)
    {
        var problems = new List<Problem>();
        var questions = new List<DraftQuestion>();
        foreach (var (lineNumber, raw) in lines)
        {
            var text = raw.TrimEnd();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith("? ", StringComparison.Ordinal))
            {
                questions.Add(new DraftQuestion(lineNumber, text[2..].Trim()));
                continue;
            }

            var must = MustLine().Match(text);
            if (must.Success)
            {
                if (questions.Count == 0 || questions[^1].Options.Count > 0)
                {
                    problems.Add(new(lineNumber, "'must:' goes on the line right under its question, before the options"));
                }
                else if (must.Groups["value"].Value is not ("true" or "false"))
                {
                    problems.Add(new(lineNumber, $"'must:' is true or false, not '{Shorten(must.Groups["value"].Value)}'"));
                }
                else
                {
                    questions[^1].Must = must.Groups["value"].Value == "true";
                }

                continue;
            }

            var option = OptionLine().Match(text);
            if (option.Success)
            {
                if (questions.Count == 0)
                {
                    problems.Add(new(lineNumber, "quiz option before any question (a question starts with '? ')"));
                    continue;
                }

                var correct = option.Groups["mark"].Value is "x" or "X";
                questions[^1].Options.Add(new DraftOption(lineNumber, option.Groups["text"].Value.Trim(), correct));
                continue;
            }

            var feedback = FeedbackLine().Match(text);
            if (feedback.Success)
            {
                if (questions.Count == 0 || questions[^1].Options.Count == 0)
                {
                    problems.Add(new(lineNumber, "quiz feedback ('> ') must follow an option"));
                    continue;
                }

                questions[^1].Options[^1].Feedback.Add(feedback.Groups["text"].Value.Trim());
                continue;
            }

            problems.Add(new(lineNumber,
                $"quiz line not understood: '{Shorten(text)}' (expected '? question', '- [ ] option', '- [x] option' or '  > feedback')"));
        }

        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(lines.Count > 0 ? lines[0].Line : 0, "quiz has no questions"));
        }

        var result = new List<QuizQuestion>();
        for (var q = 0; q < questions.Count; q++)
        {
            var draft = questions[q];
            if (draft.Text.Length == 0)
            {
                problems.Add(new(draft.Line, "quiz question has no text"));
            }

            if (draft.Options.Count < 2 || draft.Options.Count > 6)
            {
                problems.Add(new(draft.Line, $"quiz question has {draft.Options.Count} options; it needs 2 to 6"));
            }

            if (draft.Options.Count > 0 && !draft.Options.Any(o => o.Correct))
            {
                problems.Add(new(draft.Line, "quiz question has no correct answer (mark one with '- [x]')"));
            }

            var options = new List<QuizOption>();
            for (var o = 0; o < draft.Options.Count; o++)
            {
                var opt = draft.Options[o];
                if (opt.Feedback.Count == 0)
                {
                    problems.Add(new(opt.Line, "quiz option has no feedback (add a line '  > why' under it)"));
                }

                options.Add(new QuizOption(
                    ((char)('a' + o)).ToString(),
                    renderInline(opt.Text),
                    opt.Correct,
                    renderInline(WithoutVerdict(string.Join(' ', opt.Feedback), opt.Correct))));
            }

            var multiple = draft.Options.Count(o => o.Correct) > 1;
            result.Add(new QuizQuestion($"q{q + 1}", renderInline(multiple ? WithoutChooseAllHint(draft.Text) : draft.Text), options) { MustPass = draft.Must });
        }

        return (new Quizzes.Quiz(result), problems);
    }

    /// <summary>
    /// The lesson page says "Benar." or "Kurang tepat." before each picked option's feedback, so a feedback that opens
    /// with the same verdict ("Benar. ...", "Bukan. ...") would say it twice; the verdict word is dropped here, once.
    /// </summary>
    private static string WithoutVerdict(string feedback, bool correct)
    {
        var verdict = (correct ? RightVerdict() : WrongVerdict()).Match(feedback);
        return verdict.Success && verdict.Length < feedback.Length ? feedback[verdict.Length..] : feedback;
    }

    /// <summary>The page marks a question with several right answers itself ("(pilih semua yang benar)"); the text need not.</summary>
    private static string WithoutChooseAllHint(string question) => ChooseAllHint().Replace(question, string.Empty).TrimEnd();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^\s{0,3}[-*]\s+\[(?<mark>[ xX])\]\s+(?<text>.*)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^\s*must:\s*(?<value>.*?)\s*$")]
    private static partial Regex MustLine();

    [GeneratedRegex(@"^\s+>\s?(?<text>.*)$")]
    private static partial Regex FeedbackLine();

    [GeneratedRegex(@"^(Benar|Betul|Tepat|Right|Correct)\.\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RightVerdict();

    [GeneratedRegex(@"^(Kurang tepat|Salah|Bukan|Tidak|Not quite|Wrong|No)\.\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WrongVerdict();

    [GeneratedRegex(@"\s*\((pilih semua yang benar|choose all that are right)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChooseAllHint();
}
