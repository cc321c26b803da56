using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Learn.Content.Markdown.Extensions.Callouts;

public sealed class CalloutRenderer : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock block)
    {
        var language = LessonDocument.LanguageOf(block);
        var (cssClass, label) = block.IsWarning
            ? ("callout-warning", ContentLabels.Warning(language))
            : ("callout-tip", ContentLabels.Tip(language));
        renderer.Write("<aside class=\"callout ").Write(cssClass).Write("\" role=\"note\">")
            .Write("<p class=\"callout-title\">").WriteEscape(label).Write("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</aside>");
    }
}
