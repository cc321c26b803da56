using Learn.Content.Courses;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Learn.Content.Markdown.Extensions.Quiz;

/// <summary>Leaves a marker where the quiz goes; the page renders the form with its own antiforgery token.</summary>
public sealed class QuizBlockRenderer : HtmlObjectRenderer<QuizBlock>
{
    protected override void Write(HtmlRenderer renderer, QuizBlock block) =>
        renderer.WriteLine(LessonVersion.QuizMarker);
}
