using Learn.Core.Facilitator.Impact;

namespace Learn.Tests.Core.Facilitator.Impact;

public sealed class ImpactTableTests
{
    [Fact]
    public void TheStudysFiguresGiveBackItsTable1Changes()
    {
        // Turnover Rp 2.5M -> 3.85M, active sellers 45 -> 128, reach own regency -> 8 provinces,
        // margin 15% -> 23%, local workers 67 -> 189.
        var before = new ImpactFigures(Respondents: 150, AverageTurnover: 2_500_000, ActiveSellers: 45, ProvincesReached: 0,
            AverageMarginPercent: 15, LocalWorkers: 67);
        var after = new ImpactFigures(Respondents: 150, AverageTurnover: 3_850_000, ActiveSellers: 128, ProvincesReached: 8,
            AverageMarginPercent: 23, LocalWorkers: 189);

        var rows = ImpactTable.Compare(before, after).ToDictionary(r => r.Indicator);

        Assert.Equal((ChangeKind.Percent, 54), (rows[ImpactIndicator.MonthlyTurnover].Kind, rows[ImpactIndicator.MonthlyTurnover].Change));
        Assert.Equal((ChangeKind.Percent, 184), (rows[ImpactIndicator.ActiveSellers].Kind, rows[ImpactIndicator.ActiveSellers].Change));
        Assert.Equal((ChangeKind.Points, 8), (rows[ImpactIndicator.Margin].Kind, rows[ImpactIndicator.Margin].Change));
        Assert.Equal((ChangeKind.Percent, 182), (rows[ImpactIndicator.LocalWorkers].Kind, rows[ImpactIndicator.LocalWorkers].Change));
        Assert.Equal((0m, 8m, ChangeKind.None), (rows[ImpactIndicator.MarketReach].Before, rows[ImpactIndicator.MarketReach].After,
            rows[ImpactIndicator.MarketReach].Kind));
        Assert.Equal(2_500_000m, rows[ImpactIndicator.MonthlyTurnover].Before);
    }

    [Fact]
    public void NothingBeforeMeansNoPercentRatherThanInfinity() => Assert.Null(ImpactTable.PercentChange(0, 12));
}
