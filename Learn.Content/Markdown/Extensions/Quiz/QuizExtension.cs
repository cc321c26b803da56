using Markdig;
using Markdig.Renderers;

namespace Learn.Content.Markdown.Extensions.Quiz;

public sealed class QuizExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<QuizBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new QuizBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuizBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuizBlockRenderer());
        }
    }
}
