using Learn.Content.Markdown.Extensions.Callouts;
using Learn.Content.Markdown.Extensions.LessonImages;
using Learn.Content.Markdown.Extensions.Practice;
using Learn.Content.Markdown.Extensions.Quiz;
using Markdig;

namespace Learn.Content.Markdown;

/// <summary>The one Markdig pipeline for lessons, built once: it is immutable and thread-safe.</summary>
public static class LearnMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers()
        .UseQuiz()
        .UseCallouts()
        .UsePractice()
        .UseLessonImages()
        .DisableHtml()
        .Build();

    /// <summary>For quiz question and feedback text: inline Markdown only, no raw HTML.</summary>
    public static MarkdownPipeline InlinePipeline { get; } = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string RenderInline(string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, InlinePipeline).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }

    public static MarkdownPipelineBuilder UseQuiz(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<QuizExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UsePractice(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<PracticeExtension>();
        return builder;
    }

    public static MarkdownPipelineBuilder UseLessonImages(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<LessonImagesExtension>();
        return builder;
    }
}
