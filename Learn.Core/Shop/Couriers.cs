namespace Learn.Core.Shop;

/// <summary>The simulated couriers and their rate per started kilogram, in rupiah.</summary>
public static class Couriers
{
    public static IReadOnlyDictionary<string, long> RatePerKg { get; } = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["JNE"] = 10_000,
        ["J&T"] = 9_000,
        ["SiCepat"] = 9_500,
        ["Pos Indonesia"] = 8_000,
        ["AnterAja"] = 9_000,
    };

    /// <summary>Fee for a parcel: every started kilogram costs the rate (at least one kilogram).</summary>
    public static long FeeFor(string courier, int grams)
    {
        if (!RatePerKg.TryGetValue(courier, out var rate))
        {
            throw new LearnDomainException("shop.courier_unknown", $"Unknown courier '{courier}'.");
        }

        var kilograms = Math.Max(1, (grams + 999) / 1000);
        return kilograms * rate;
    }
}
