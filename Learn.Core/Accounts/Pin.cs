namespace Learn.Core.Accounts;

/// <summary>A 6-digit PIN: easy on a phone keypad, hard enough with lockout and rate limiting.</summary>
public static class Pin
{
    public const int Length = 6;

    public static bool IsWellFormed(string? pin) => pin is { Length: Length } && pin.All(char.IsAsciiDigit);

    /// <summary>Refuses PINs a neighbour would guess first: one digit repeated, or a run like 123456.</summary>
    public static bool IsTooEasy(string pin) => IsTooEasy(pin.AsSpan());

    /// <summary>
    /// A random PIN that is not too easy. Made in a stack buffer and checked there, so a roster of 100,000 learners
    /// makes one string a PIN (a LINQ check and a string per try cost about a twentieth of the import).
    /// </summary>
    public static string Generate(Random random)
    {
        Span<char> pin = stackalloc char[Length];
        while (true)
        {
            random.Next(0, 1_000_000).TryFormat(pin, out _, "D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!IsTooEasy(pin))
            {
                return new string(pin);
            }
        }
    }

    private static bool IsTooEasy(ReadOnlySpan<char> pin)
    {
        if (pin.IsEmpty)
        {
            return true;
        }

        var same = true;
        var up = true;
        var down = true;
        for (var i = 1; i < pin.Length; i++)
        {
            same &= pin[i] == pin[0];
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }

        return same || up || down;
    }
}
