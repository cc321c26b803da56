using Markdig;
using Markdig.Renderers;

namespace Learn.Content.Markdown.Extensions.Callouts;

public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CalloutParser>())
        {
            pipeline.BlockParsers.Insert(0, new CalloutParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }
}
