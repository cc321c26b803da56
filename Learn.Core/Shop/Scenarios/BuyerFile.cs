namespace Learn.Core.Shop.Scenarios;

/// <summary>One named simulated buyer in a scenario file.</summary>
public sealed class BuyerFile
{
    public string? Name { get; set; }

    public string? City { get; set; }

    public int? Day { get; set; }

    public int? Quantity { get; set; }

    public string? Payment { get; set; }

    public string? Question { get; set; }

    public string? Twist { get; set; }

    public int? Review { get; set; }
}
