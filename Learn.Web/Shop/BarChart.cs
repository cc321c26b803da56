namespace Learn.Web.Shop;

/// <summary>
/// A small server-rendered SVG bar chart; the same numbers are always shown in a table beside it.
/// Each bar has its whole label on a line of its own above it and its value written at its end, at a size
/// a phone can read (the SVG is drawn at about one unit per CSS pixel on a 360 px phone).
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 320;
    public const int BarHeight = 22;
    public const int FontSize = 15;

    /// <summary>Room left after the longest bar for its value ("Rp 2.500.000").</summary>
    public const int ValueRoom = 115;

    public const int LabelHeight = 20;
    public const int RowHeight = LabelHeight + BarHeight + 10;

    /// <summary>About as many characters as fit on one line of the chart at <see cref="FontSize"/>.</summary>
    public const int MaxLabelLength = 36;

    public long Max => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    public int Height => Math.Max(1, Bars.Count) * RowHeight;

    /// <summary>Bar length in SVG units for a value, leaving room for the value after it.</summary>
    public long LengthOf(long value) => value <= 0 ? 0 : Math.Max(2, value * (Width - ValueRoom) / Max);

    public static string LabelOf(Bar bar) => bar.Label.Length > MaxLabelLength ? bar.Label[..(MaxLabelLength - 1)] + "…" : bar.Label;

    public sealed record Bar(string Label, long Value, string Text);
}
