namespace Learn.Core.Sandbox;

public sealed record DayTurnover(int Day, long Turnover);
