using System.Text;
using System.Text.Unicode;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Reads RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF, a
/// UTF-8 byte order mark (Excel writes one). The separator is a comma, or a semicolon when the
/// header uses semicolons and no commas (Excel with Indonesian settings saves that way).
/// </summary>
public static class CsvReader
{
    /// <summary>Reads a whole file; the encoding is UTF-8 unless a byte order mark says otherwise.</summary>
    public static List<(int Row, IReadOnlyList<string> Fields)> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ReadAll(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>
    /// The 1-based line of the first bytes that are not UTF-8, or null when the file is UTF-8 (or says by its
    /// byte order mark that it is UTF-16). Excel's plain "CSV" saves Windows-1252, where "é" is one byte that
    /// UTF-8 cannot read: reading it anyway would silently turn "José" into "Jos\uFFFD".
    /// </summary>
    public static int? FirstLineNotUtf8(ReadOnlySpan<byte> bytes)
    {
        if (IsUtf16(bytes) || Utf8.IsValid(bytes))
        {
            return null;
        }

        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : bytes[..read].Count((byte)'\n') + 1;
    }

    /// <summary>The file as text: UTF-8 (a byte order mark dropped), or UTF-16 when its byte order mark says so.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (IsUtf16(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd().TrimStart('\uFEFF');
        }

        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes).TrimStart('\uFEFF');
    }

    /// <summary>A reader of the records of <paramref name="text"/>, with the separator its header uses.</summary>
    public static CsvRecordReader Records(string text)
    {
        text = text.TrimStart('\uFEFF');
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        var separator = header.Contains(';') && !header.Contains(',') ? ';' : ',';
        return new CsvRecordReader(text, separator);
    }

    public static List<(int Row, IReadOnlyList<string> Fields)> ReadAll(string text)
    {
        var reader = Records(text);
        var records = new List<(int Row, IReadOnlyList<string> Fields)>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader[i].ToString();
            }

            records.Add((reader.Row, fields));
        }

        return records;
    }

    private static bool IsUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
