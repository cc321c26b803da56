namespace Learn.Core.Facilitator.Impact;

/// <summary>
/// The study's indicators for one group at one time: average monthly turnover of an active seller
/// (rupiah), active sellers, provinces reached (0 = only their own regency), average margin of
/// active sellers (percent), and people employed.
/// </summary>
public sealed record ImpactFigures(int Respondents, long AverageTurnover, int ActiveSellers, int ProvincesReached,
    decimal AverageMarginPercent, int LocalWorkers);
