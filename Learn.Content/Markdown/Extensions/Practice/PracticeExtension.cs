using Markdig;
using Markdig.Renderers;

namespace Learn.Content.Markdown.Extensions.Practice;

public sealed class PracticeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<PracticeParser>())
        {
            pipeline.BlockParsers.Insert(0, new PracticeParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<PracticeRenderer>())
        {
            html.ObjectRenderers.Insert(0, new PracticeRenderer());
        }
    }
}
