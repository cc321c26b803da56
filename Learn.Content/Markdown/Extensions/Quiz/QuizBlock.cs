using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Learn.Content.Markdown.Extensions.Quiz;

/// <summary>
/// A <c>:::quiz</c> block. Its lines are kept raw (a leaf block) and read by
/// <see cref="QuizSyntax"/>; the answer key goes to the server's lesson model, not to HTML.
/// </summary>
public sealed class QuizBlock(BlockParser parser) : LeafBlock(parser), IFencedBlock
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
