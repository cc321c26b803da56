using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Learn.Content.Courses;

/// <summary>
/// Reads a picture's intrinsic size so the page can reserve its space before it loads
/// (no jumping text on a slow phone). SVG from its attributes, PNG from its header.
/// </summary>
public static partial class ImageSize
{
    public static (int Width, int Height)? Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".svg")
        {
            var head = File.ReadAllText(path);
            var tag = SvgTag().Match(head);
            if (!tag.Success)
            {
                return null;
            }

            var width = Number(WidthAttribute().Match(tag.Value));
            var height = Number(HeightAttribute().Match(tag.Value));
            if (width is { } w && height is { } h)
            {
                return (w, h);
            }

            var viewBox = ViewBoxAttribute().Match(tag.Value);
            if (viewBox.Success)
            {
                var parts = viewBox.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 4
                    && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var vw)
                    && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var vh))
                {
                    return ((int)Math.Round(vw), (int)Math.Round(vh));
                }
            }

            return null;
        }

        if (extension == ".png")
        {
            Span<byte> header = stackalloc byte[24];
            using var stream = File.OpenRead(path);
            if (stream.Read(header) == 24)
            {
                return (BinaryPrimitives.ReadInt32BigEndian(header[16..20]), BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
            }
        }

        return null;
    }

    private static int? Number(Match match) =>
        match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? (int)Math.Round(v)
            : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex SvgTag();

    [GeneratedRegex(@"\swidth\s*=\s*[""']([\d.]+)(px)?[""']")]
    private static partial Regex WidthAttribute();

    [GeneratedRegex(@"\sheight\s*=\s*[""']([\d.]+)(px)?[""']")]
    private static partial Regex HeightAttribute();

    [GeneratedRegex(@"\sviewBox\s*=\s*[""']([^""']+)[""']")]
    private static partial Regex ViewBoxAttribute();
}
