namespace Learn.Core.Shop;

/// <summary>An exact fraction of whole rupiah, e.g. profit over net sales. No floating point.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    public bool IsDefined => Denominator != 0;

    /// <summary>Hundredths of a percent, rounded half away from zero.</summary>
    public long BasisPoints => !IsDefined ? 0 : (long)Math.Round((decimal)Numerator * 10_000m / Denominator, MidpointRounding.AwayFromZero);

    /// <summary>"23,5%" style text in the given culture, one decimal.</summary>
    public string ToPercent(IFormatProvider culture) =>
        !IsDefined ? "–" : (BasisPoints / 100m).ToString("0.0", culture) + "%";
}
