namespace Learn.Core.Shop.Scenarios;

/// <summary>Many ordinary buyers drawn from the seed, for busy weeks.</summary>
public sealed class CrowdFile
{
    public int? Count { get; set; }

    public List<string>? Payments { get; set; }

    public List<string>? Names { get; set; }

    public List<string>? Cities { get; set; }
}
