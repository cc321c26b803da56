using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions.Callouts;

public sealed class CalloutParser : ColonContainerParser<CalloutBlock>
{
    public CalloutParser()
        : base("tip", "warning")
    {
    }

    protected override CalloutBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
