using System.Diagnostics.CodeAnalysis;

namespace Roster.Bench.Baseline;

/// <summary>
/// The phone rule before its span version (main at fb81a15), the baseline's. Indonesian mobile numbers in one canonical form, "08…" (10 to 13 digits), so "+62 812-…",
/// "62812…" and "0812 …" are the same person.
/// </summary>
public static class BaselinePhoneNumber
{
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        var hasOnlyAllowed = input.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '.' or '(' or ')');
        if (!hasOnlyAllowed)
        {
            return false;
        }

        if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }

        if (!digits.StartsWith("08", StringComparison.Ordinal) || digits.Length is < 10 or > 13)
        {
            return false;
        }

        normalized = digits;
        return true;
    }
}
