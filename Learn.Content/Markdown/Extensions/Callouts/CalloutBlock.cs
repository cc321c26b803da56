using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions.Callouts;

/// <summary>A <c>:::tip</c> or <c>:::warning</c> box.</summary>
public sealed class CalloutBlock(BlockParser parser) : ColonContainerBlock(parser)
{
    public bool IsWarning => Info == "warning";
}
