using Learn.Content.Quizzes;

namespace Learn.Content.Courses;

/// <summary>A lesson in one language: its text, rendered once, and its quiz.</summary>
public sealed record LessonVersion(
    string Language,
    string Title,
    IReadOnlyList<string> Objectives,
    string Html,
    Quiz Quiz,
    string SourceFile)
{
    /// <summary>Where the quiz sits in <see cref="Html"/>; the page renders the quiz form there.</summary>
    public const string QuizMarker = "<!--learn:quiz-->";

    public string HtmlBeforeQuiz => Html.Split(QuizMarker, 2)[0];

    public string HtmlAfterQuiz => Html.Split(QuizMarker, 2) is [_, var after] ? after : string.Empty;
}
