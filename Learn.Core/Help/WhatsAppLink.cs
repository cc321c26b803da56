namespace Learn.Core.Help;

/// <summary>
/// A click-to-chat link that opens WhatsApp on the helper's own phone with a message typed in;
/// nothing is sent by the server and no third-party API is needed.
/// </summary>
public static class WhatsAppLink
{
    /// <summary>An Indonesian number as WhatsApp wants it: country code 62, no plus, no leading 0; null when it is not one.</summary>
    public static string? InternationalNumber(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var number = digits switch
        {
            _ when digits.StartsWith("62", StringComparison.Ordinal) => digits,
            _ when digits.StartsWith('0') => "62" + digits[1..],
            _ when digits.StartsWith('8') => "62" + digits,
            _ => null,
        };
        // 62 + a mobile number of 8 to 12 digits after the leading 0.
        return number is { Length: >= 10 and <= 15 } ? number : null;
    }

    public static string For(string internationalNumber, string text) =>
        $"https://wa.me/{internationalNumber}?text={Uri.EscapeDataString(text)}";
}
