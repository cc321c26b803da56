namespace Learn.Core.Facilitator.Impact;

public enum ImpactIndicator
{
    MonthlyTurnover,
    ActiveSellers,
    MarketReach,
    Margin,
    LocalWorkers,
}

public enum ChangeKind
{
    /// <summary>Relative change in percent, e.g. turnover +54%.</summary>
    Percent,

    /// <summary>Difference in percentage points, e.g. margin +8 points.</summary>
    Points,

    /// <summary>Shown as before and after only, e.g. reach 1 regency to 8 provinces.</summary>
    None,
}

/// <summary>One line of the study's Table 1: an indicator before and after, and the change (whole numbers, rounded half away from zero).</summary>
public sealed record ImpactRow(ImpactIndicator Indicator, decimal Before, decimal After, ChangeKind Kind, int? Change);
