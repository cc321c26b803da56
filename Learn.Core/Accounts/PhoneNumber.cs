using System.Diagnostics.CodeAnalysis;

namespace Learn.Core.Accounts;

/// <summary>
/// Indonesian mobile numbers in one canonical form, "08…" (10 to 13 digits), so "+62 812-…",
/// "62812…" and "0812 …" are the same person.
/// </summary>
public static class PhoneNumber
{
    private const int MaxDigits = 13;

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? normalized) =>
        TryNormalize(input.AsSpan(), out normalized);

    /// <summary>The same rule over a span: a roster import reads 100,000 numbers straight from the file.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> input, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        // Two more than the longest number: a "62" prefix becomes "0".
        Span<char> digits = stackalloc char[MaxDigits + 1];
        var count = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '+' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (number.StartsWith("62", StringComparison.Ordinal))
        {
            digits[1] = '0';
            number = digits[1..count];
        }

        if (!number.StartsWith("08", StringComparison.Ordinal) || number.Length is < 10 or > MaxDigits)
        {
            return false;
        }

        normalized = new string(number);
        return true;
    }
}
