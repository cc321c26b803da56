using Markdig.Parsers;

namespace Learn.Content.Markdown.Extensions.Practice;

/// <summary>A <c>:::practice check=... scenario=...</c> task.</summary>
public sealed class PracticeBlock(BlockParser parser) : ColonContainerBlock(parser)
{
    public IReadOnlyDictionary<string, string> Options => ColonFence.Arguments(Arguments);

    public string? Check => Options.GetValueOrDefault("check");

    public string? Scenario => Options.GetValueOrDefault("scenario");
}
