namespace Learn.Core.Facilitator.Readiness;

/// <summary>A short text in Indonesian with an optional English twin; Indonesian is the fallback.</summary>
public sealed record LocalText(string Indonesian, string? English)
{
    public string In(string language) => language == "en" && !string.IsNullOrWhiteSpace(English) ? English : Indonesian;
}
