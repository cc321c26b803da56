namespace Learn.Core.Facilitator.Impact;

/// <summary>Before-and-after in the shape of the study's Table 1.</summary>
public static class ImpactTable
{
    public static IReadOnlyList<ImpactRow> Compare(ImpactFigures before, ImpactFigures after) =>
    [
        Relative(ImpactIndicator.MonthlyTurnover, before.AverageTurnover, after.AverageTurnover),
        Relative(ImpactIndicator.ActiveSellers, before.ActiveSellers, after.ActiveSellers),
        new(ImpactIndicator.MarketReach, before.ProvincesReached, after.ProvincesReached, ChangeKind.None, null),
        new(ImpactIndicator.Margin, before.AverageMarginPercent, after.AverageMarginPercent, ChangeKind.Points,
            Round(after.AverageMarginPercent - before.AverageMarginPercent)),
        Relative(ImpactIndicator.LocalWorkers, before.LocalWorkers, after.LocalWorkers),
    ];

    /// <summary>Percent change; none when there was nothing before to compare with.</summary>
    public static int? PercentChange(decimal before, decimal after) => before == 0 ? null : Round((after - before) * 100m / before);

    private static ImpactRow Relative(ImpactIndicator indicator, decimal before, decimal after) =>
        new(indicator, before, after, ChangeKind.Percent, PercentChange(before, after));

    private static int Round(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
