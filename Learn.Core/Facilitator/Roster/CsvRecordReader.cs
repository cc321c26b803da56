using System.Buffers;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// Reads the records of one CSV text forward, one at a time, handing out each field as a span over the text:
/// a 100,000-row roster allocates only the strings it keeps (a field is copied only when it has doubled
/// quotes or text after its closing quote). The rules are <see cref="CsvReader"/>'s: RFC 4180 quoting,
/// CRLF, CR or LF, blank lines skipped but counted.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly string _text;
    private readonly SearchValues<char> _stops;
    private readonly char _separator;
    private int _position;
    private int _lines;
    private int _count;
    private (int Start, int Length)[] _fields = new (int, int)[16];
    private string?[] _copies = new string?[16];

    public CsvRecordReader(string text, char separator)
    {
        _text = text;
        _separator = separator;
        _stops = SearchValues.Create([separator, '\r', '\n']);
    }

    /// <summary>The 1-based record number of the current record (the row a spreadsheet shows).</summary>
    public int Row { get; private set; }

    public int FieldCount => _count;

    public ReadOnlySpan<char> this[int index] => _copies[index] is { } copy ? copy : _text.AsSpan(_fields[index].Start, _fields[index].Length);

    public bool Read()
    {
        while (_position < _text.Length)
        {
            _count = 0;
            var ended = ReadRecord();
            Row = ended ? ++_lines : _lines + 1;
            if (!(_count == 1 && this[0].IsEmpty && ended))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads fields up to the end of the record; true when a line break ended it, false at the end of the text.</summary>
    private bool ReadRecord()
    {
        var text = _text.AsSpan();
        while (true)
        {
            var start = _position;
            string? copy = null;
            int end;
            var fieldStart = start;
            var fieldLength = 0;
            if (start < text.Length && text[start] == '"')
            {
                var (closing, doubled) = FindClosingQuote(text, start + 1);
                if (closing < 0)
                {
                    // Unterminated: the rest of the text is this field.
                    var inside = text[(start + 1)..];
                    AddField(start + 1, inside.Length, doubled ? inside.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : null);
                    _position = text.Length;
                    return false;
                }

                end = IndexOfStop(text, closing + 1);
                var content = text[(start + 1)..closing];
                if (doubled || end > closing + 1)
                {
                    var unquoted = doubled ? content.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : content.ToString();
                    copy = unquoted + text[(closing + 1)..end].ToString();
                }
                else
                {
                    (fieldStart, fieldLength) = (start + 1, content.Length);
                }
            }
            else
            {
                end = IndexOfStop(text, start);
                (fieldStart, fieldLength) = (start, end - start);
            }

            AddField(fieldStart, fieldLength, copy);
            if (end == text.Length)
            {
                _position = end;
                return false;
            }

            if (text[end] == _separator)
            {
                _position = end + 1;
                if (_position == text.Length)
                {
                    // "a," at the very end: the record has an empty last field.
                    AddField(_position, 0, null);
                    return false;
                }

                continue;
            }

            _position = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            return true;
        }
    }

    private int IndexOfStop(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOfAny(_stops);
        return found < 0 ? text.Length : from + found;
    }

    /// <summary>The index of the quote that closes a quoted field (-1 when none does) and whether doubled quotes came before it.</summary>
    private static (int Closing, bool Doubled) FindClosingQuote(ReadOnlySpan<char> text, int from)
    {
        var doubled = false;
        while (true)
        {
            var found = text[from..].IndexOf('"');
            if (found < 0)
            {
                return (-1, doubled);
            }

            var quote = from + found;
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                doubled = true;
                from = quote + 2;
                continue;
            }

            return (quote, doubled);
        }
    }

    private void AddField(int start, int length, string? copy)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _count * 2);
            Array.Resize(ref _copies, _count * 2);
        }

        _fields[_count] = (start, length);
        _copies[_count] = copy;
        _count++;
    }
}
