using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions.Practice;

public sealed class PracticeParser : ColonContainerParser<PracticeBlock>
{
    public PracticeParser()
        : base("practice")
    {
    }

    protected override PracticeBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}
