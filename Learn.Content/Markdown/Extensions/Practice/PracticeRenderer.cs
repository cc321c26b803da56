using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Learn.Content.Markdown.Extensions.Practice;

public sealed class PracticeRenderer : HtmlObjectRenderer<PracticeBlock>
{
    protected override void Write(HtmlRenderer renderer, PracticeBlock block)
    {
        var language = LessonDocument.LanguageOf(block);
        renderer.Write("<section class=\"practice\" data-check=\"").WriteEscape(block.Check ?? string.Empty).Write("\">")
            .Write("<h2 class=\"practice-title\">").WriteEscape(ContentLabels.Practice(language)).Write("</h2>")
            .Write("<p class=\"practice-check\">").WriteEscape(ContentLabels.CheckedBy(language, block.Check)).Write("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</section>");
    }
}
