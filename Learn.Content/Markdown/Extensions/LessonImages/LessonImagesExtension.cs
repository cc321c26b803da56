using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Learn.Content.Markdown.Extensions.LessonImages;

/// <summary>
/// Every lesson image loads lazily and decodes off the main thread, so a slow phone shows the
/// text first. Sizes and URLs are set by the course loader, which knows where the files are.
/// </summary>
public sealed class LessonImagesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AddLazyLoading;
        pipeline.DocumentProcessed += AddLazyLoading;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AddLazyLoading(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
    }
}
