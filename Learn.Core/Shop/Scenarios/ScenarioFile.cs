namespace Learn.Core.Shop.Scenarios;

/// <summary>The contents of one <c>courses/sandbox/*.yml</c> file, read strictly (unknown fields are errors).</summary>
public sealed class ScenarioFile
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    public string? SummaryEn { get; set; }

    /// <summary>The lesson that teaches what this scenario practises; feedback links to it.</summary>
    public string? Lesson { get; set; }

    public int? Days { get; set; }

    public int? Seed { get; set; }

    public List<BuyerFile>? Buyers { get; set; }

    public CrowdFile? Crowd { get; set; }

    public SuccessFile? Success { get; set; }
}
