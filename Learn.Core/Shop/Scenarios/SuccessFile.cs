namespace Learn.Core.Shop.Scenarios;

/// <summary>What counts as success in a scenario file.</summary>
public sealed class SuccessFile
{
    public int? Fulfilled { get; set; }

    public int? ScamsRefused { get; set; }

    public int? MaxMistakes { get; set; }

    public bool? PositiveMargin { get; set; }

    public bool? ListingMeetsRules { get; set; }
}
