namespace Learn.Core.Shop;

public sealed record DayTurnover(int Day, long Turnover);
