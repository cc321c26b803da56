using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Learn.Content.Markdown.Extensions;

/// <summary>A <c>:::name</c> ... <c>:::</c> block whose inside is ordinary Markdown.</summary>
public abstract class ColonContainerBlock(BlockParser parser) : ContainerBlock(parser), IFencedBlock
{
    public char FencedChar { get; set; }

    public int OpeningFencedCharCount { get; set; }

    public StringSlice TriviaAfterFencedChar { get; set; }

    public string? Info { get; set; }

    public StringSlice UnescapedInfo { get; set; }

    public StringSlice TriviaAfterInfo { get; set; }

    public string? Arguments { get; set; }

    public StringSlice UnescapedArguments { get; set; }

    public StringSlice TriviaAfterArguments { get; set; }

    public NewLine InfoNewLine { get; set; }

    public StringSlice TriviaBeforeClosingFence { get; set; }

    public int ClosingFencedCharCount { get; set; }

    public bool IsClosed => ClosingFencedCharCount > 0;
}
