using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions.Quiz;

public sealed class QuizBlockParser : FencedBlockParserBase<QuizBlock>
{
    public QuizBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        MinimumMatchCount = 3;
        MaximumMatchCount = 3;
    }

    public override BlockState TryOpen(BlockProcessor processor) =>
        ColonFence.Names(processor, "quiz") ? base.TryOpen(processor) : BlockState.None;

    protected override QuizBlock CreateFencedBlock(BlockProcessor processor) => new(this) { ProcessInlines = false };
}
