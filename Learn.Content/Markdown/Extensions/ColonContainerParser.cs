using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions;

/// <summary>Parses a <c>:::name</c> container for one of our block names.</summary>
public abstract class ColonContainerParser<T> : FencedBlockParserBase<T>
    where T : ColonContainerBlock
{
    private readonly string[] _names;

    protected ColonContainerParser(params string[] names)
    {
        _names = names;
        OpeningCharacters = [':'];
        InfoPrefix = null;
        MinimumMatchCount = 3;
        MaximumMatchCount = 3;
    }

    public override BlockState TryOpen(BlockProcessor processor) =>
        _names.Any(name => ColonFence.Names(processor, name)) ? base.TryOpen(processor) : BlockState.None;
}
