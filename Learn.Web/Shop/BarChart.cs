namespace Learn.Web.Shop;

/// <summary>A small server-rendered SVG bar chart; the same numbers are always shown in a table beside it.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 320;
    public const int BarHeight = 22;

    public long Max => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + 6);

    /// <summary>Bar length in SVG units for a value, leaving room for the label.</summary>
    public long LengthOf(long value) => value <= 0 ? 0 : Math.Max(2, value * 180 / Max);

    public sealed record Bar(string Label, long Value, string Text);
}
