using System.Text.RegularExpressions;

namespace Learn.Web.Facilitator;

/// <summary>A file name safe for a Content-Disposition header: "peserta-sidomulyo.csv".</summary>
public static partial class DownloadName
{
    public static string For(string stem, string extension) =>
        $"{UnsafeFileChars().Replace(stem.ToLowerInvariant(), "-").Trim('-')}.{extension}";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex UnsafeFileChars();
}
