using System.Globalization;
using System.Text;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Writes CSV that Excel opens right: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting. A cell
/// that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a name like
/// "=HYPERLINK(...)" is shown as text and never run as a formula.
/// </summary>
public static class CsvWriter
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] ToBytes(IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Format)).Append("\r\n");
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    // Numbers we produced stay numbers Excel can add up (a negative margin is not a formula); all other values are guarded text.
    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        int or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Cell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
