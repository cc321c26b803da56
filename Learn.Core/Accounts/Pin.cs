namespace Learn.Core.Accounts;

/// <summary>A 6-digit PIN: easy on a phone keypad, hard enough with lockout and rate limiting.</summary>
public static class Pin
{
    public const int Length = 6;

    public static bool IsWellFormed(string? pin) => pin is { Length: Length } && pin.All(char.IsAsciiDigit);

    /// <summary>Refuses PINs a neighbour would guess first: one digit repeated, or a run like 123456.</summary>
    public static bool IsTooEasy(string pin)
    {
        if (pin.Distinct().Count() == 1)
        {
            return true;
        }

        var up = true;
        var down = true;
        for (var i = 1; i < pin.Length; i++)
        {
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }

        return up || down;
    }

    public static string Generate(Random random)
    {
        while (true)
        {
            var pin = random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            if (!IsTooEasy(pin))
            {
                return pin;
            }
        }
    }
}
