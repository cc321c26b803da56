using System.Text;

namespace Roster.Bench.Baseline;

/// <summary>
/// The CSV reader before the span-based one (main at fb81a15), the baseline's. Reads RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF, a
/// UTF-8 byte order mark (Excel writes one). The separator is a comma, or a semicolon when the
/// header uses semicolons and no commas (Excel with Indonesian settings saves that way).
/// </summary>
public static class BaselineCsvReader
{
    /// <summary>Reads a whole file; the encoding is UTF-8 unless a byte order mark says otherwise.</summary>
    public static List<(int Row, IReadOnlyList<string> Fields)> ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return ReadAll(reader.ReadToEnd());
    }

    /// <summary>
    /// The 1-based line of the first bytes that are not UTF-8, or null when the file is UTF-8 (or says by its
    /// byte order mark that it is UTF-16). Excel's plain "CSV" saves Windows-1252, where "é" is one byte that
    /// UTF-8 cannot read: reading it anyway would silently turn "José" into "Jos\uFFFD".
    /// </summary>
    public static int? FirstLineNotUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : bytes[..read].Count((byte)'\n') + 1;
    }

    public static List<(int Row, IReadOnlyList<string> Fields)> ReadAll(string text)
    {
        text = text.TrimStart('\uFEFF');
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        var separator = header.Contains(';') && !header.Contains(',') ? ';' : ',';
        return Read(new StringReader(text), separator).ToList();
    }

    /// <summary>Records with their 1-based record number (the row number a spreadsheet shows). Blank lines are skipped.</summary>
    public static IEnumerable<(int Row, IReadOnlyList<string> Fields)> Read(TextReader reader, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 0;
        var inQuotes = false;
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (ch == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
                row++;
                if (fields is not [""])
                {
                    yield return (row, fields);
                }

                fields = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return (row + 1, fields);
        }
    }
}
