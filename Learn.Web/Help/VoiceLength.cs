using System.Globalization;

namespace Learn.Web.Help;

/// <summary>A voice note's length as a phone shows it: "0:07", "1:00".</summary>
public static class VoiceLength
{
    public static string Format(int? milliseconds)
    {
        var seconds = (int)Math.Round((milliseconds ?? 0) / 1000.0);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }
}
