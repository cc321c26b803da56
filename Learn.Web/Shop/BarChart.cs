namespace Learn.Web.Shop;

/// <summary>
/// A small server-rendered SVG bar chart; the same numbers are always shown in a table beside it.
/// Each bar has its whole label above it (on two lines when long) and its value written at its end, at a size
/// a phone can read (the SVG is drawn at about one unit per CSS pixel on a 360 px phone).
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 320;
    public const int BarHeight = 22;
    public const int FontSize = 14;

    /// <summary>Room left after the longest bar for its value ("Rp 2.500.000").</summary>
    public const int ValueRoom = 110;

    public const int LineHeight = 18;
    public const int Gap = 12;

    /// <summary>About as many characters as fit on one line of the chart at <see cref="FontSize"/>.</summary>
    public const int LineLength = 38;

    public long Max => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    public int Height => Math.Max(1, Enumerable.Range(0, Bars.Count).Sum(RowHeight));

    /// <summary>Bar length in SVG units for a value, leaving room for the value after it.</summary>
    public long LengthOf(long value) => value <= 0 ? 0 : Math.Max(2, value * (Width - ValueRoom) / Max);

    public int RowHeight(int index) => (LinesOf(Bars[index]).Count * LineHeight) + BarHeight + Gap;

    public int RowTop(int index) => Enumerable.Range(0, index).Sum(RowHeight);

    /// <summary>The label broken between words into lines that fit; a product name is never cut short.</summary>
    public static IReadOnlyList<string> LinesOf(Bar bar)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in bar.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineLength)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    public sealed record Bar(string Label, long Value, string Text);
}
