namespace Learn.Core.Shop.Scenarios;

/// <summary>A validated practice scenario: who buys, how they pay, what goes wrong, and what counts as success.</summary>
public sealed record Scenario(
    string Id,
    string Title,
    string? TitleEn,
    string Summary,
    string? SummaryEn,
    string LessonId,
    int Days,
    int Seed,
    IReadOnlyList<ScenarioBuyer> Buyers,
    ScenarioCrowd? Crowd,
    ScenarioSuccess Success,
    string SourceFile)
{
    public string TitleIn(string language) => language == "en" && TitleEn is { } en ? en : Title;

    public string SummaryIn(string language) => language == "en" && SummaryEn is { } en ? en : Summary;

    public bool HasScams => Buyers.Any(b => Twists.IsScam(b.Twist));
}
