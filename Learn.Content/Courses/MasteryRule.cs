using System.Globalization;

namespace Learn.Content.Courses;

/// <summary>How many quiz questions must be right for a lesson to count as mastered.</summary>
public sealed record MasteryRule(int? Required)
{
    public static MasteryRule All { get; } = new((int?)null);

    public int RequiredOf(int questionCount) => Required ?? questionCount;

    /// <summary>Parses "all" or "N/M"; M must equal the number of questions, checked by the loader.</summary>
    public static bool TryParse(string? text, out MasteryRule rule, out int? outOf)
    {
        rule = All;
        outOf = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "all")
        {
            return true;
        }

        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var required)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            && required >= 1 && required <= total)
        {
            rule = new MasteryRule(required);
            outOf = total;
            return true;
        }

        return false;
    }

    public override string ToString() => Required is { } r ? r.ToString(CultureInfo.InvariantCulture) : "all";
}
