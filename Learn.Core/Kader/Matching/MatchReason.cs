namespace Learn.Core.Kader.Matching;

/// <summary>
/// One reason a pair was made, as a stable code and a value the UI puts in a localised sentence,
/// e.g. ("hamlet", "Dukuh Krajan"), ("language", "jv"), ("load", "4/8").
/// </summary>
public sealed record MatchReason(string Code, string Value = "")
{
    public const string Pinned = "pinned";
    public const string Kept = "kept";
    public const string SameHamlet = "hamlet";
    public const string SharedLanguage = "language";
    public const string SameGender = "gender";
    public const string NeighbourVillage = "neighbour";
    public const string Qualified = "qualified";
    public const string Load = "load";
    public const string Preferred = "preferred";

    /// <summary>"hamlet=Dukuh Krajan;load=4/8": compact enough to store beside the assignment.</summary>
    public static string Format(IEnumerable<MatchReason> reasons) =>
        string.Join(';', reasons.Select(r => r.Value.Length == 0 ? r.Code : $"{r.Code}={r.Value.Replace(";", ",", StringComparison.Ordinal)}"));

    public static IReadOnlyList<MatchReason> Parse(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('=', 2) is [var code, var value] ? new MatchReason(code, value) : new MatchReason(part))
                .ToList();
}
