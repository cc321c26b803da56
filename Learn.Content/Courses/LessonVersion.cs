using Learn.Content.Quizzes;

namespace Learn.Content.Courses;

/// <summary>
/// A lesson in one language: its text and its quiz, rendered once. Rendered either while the course loads
/// (<c>courses check</c>, which validates everything) or on first use (start-up), from the text read at load, so a
/// snapshot's pages never change after they are first shown.
/// </summary>
public sealed class LessonVersion
{
    private readonly Lazy<RenderedLesson> _rendered;

    public LessonVersion(string language, string title, IReadOnlyList<string> objectives, string html, Quiz quiz, string sourceFile)
        : this(language, title, objectives, new Lazy<RenderedLesson>(new RenderedLesson(html, quiz)), sourceFile)
    {
    }

    /// <summary>Rendered by <paramref name="render"/> once, on first use, even when several requests ask at the same moment.</summary>
    public LessonVersion(string language, string title, IReadOnlyList<string> objectives, Func<RenderedLesson> render, string sourceFile)
        : this(language, title, objectives, new Lazy<RenderedLesson>(render, LazyThreadSafetyMode.ExecutionAndPublication), sourceFile)
    {
    }

    private LessonVersion(string language, string title, IReadOnlyList<string> objectives, Lazy<RenderedLesson> rendered, string sourceFile)
    {
        Language = language;
        Title = title;
        Objectives = objectives;
        _rendered = rendered;
        SourceFile = sourceFile;
    }

    /// <summary>Where the quiz sits in <see cref="Html"/>; the page renders the quiz form there.</summary>
    public const string QuizMarker = "<!--learn:quiz-->";

    public string Language { get; }

    public string Title { get; }

    public IReadOnlyList<string> Objectives { get; }

    public string SourceFile { get; }

    public string Html => _rendered.Value.Html;

    public Quiz Quiz => _rendered.Value.Quiz;

    public bool IsRendered => _rendered.IsValueCreated;

    public string HtmlBeforeQuiz => Html.Split(QuizMarker, 2)[0];

    public string HtmlAfterQuiz => Html.Split(QuizMarker, 2) is [_, var after] ? after : string.Empty;
}
