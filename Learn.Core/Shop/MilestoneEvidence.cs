using System.Globalization;
using System.Text.RegularExpressions;

namespace Learn.Core.Shop;

/// <summary>
/// The proof a practice-shop milestone stores, written once here and read back here, so a page can say it in the
/// reader's language ("Pesanan pertama Anda, putaran ke-5") instead of showing the stored text.
/// </summary>
public static partial class MilestoneEvidence
{
    public static string ForRun(string scenarioId, long runId, int seed, long orderId) =>
        string.Create(CultureInfo.InvariantCulture, $"scenario {scenarioId}, run {runId} (seed {seed}), order {orderId}");

    public static string ForListing(string productName, long productId, long shopId) =>
        string.Create(CultureInfo.InvariantCulture, $"listing '{productName}' (product {productId}) in practice shop {shopId}");

    /// <summary>The scenario and run of a run's proof; false for any other text.</summary>
    public static bool TryReadRun(string evidence, out string scenarioId, out long runId)
    {
        var match = RunEvidence().Match(evidence);
        scenarioId = match.Success ? match.Groups["id"].Value : string.Empty;
        runId = match.Success ? long.Parse(match.Groups["run"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    /// <summary>The product name of a listing's proof; false for any other text.</summary>
    public static bool TryReadListing(string evidence, out string productName)
    {
        var match = ListingEvidence().Match(evidence);
        productName = match.Success ? match.Groups["name"].Value : string.Empty;
        return match.Success;
    }

    [GeneratedRegex(@"^scenario (?<id>[a-z0-9-]+), run (?<run>\d+)")]
    private static partial Regex RunEvidence();

    [GeneratedRegex(@"^listing '(?<name>.*)' \(product \d+\)")]
    private static partial Regex ListingEvidence();
}
