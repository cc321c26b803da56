namespace Learn.Core.Shop;

/// <summary>A line of the simulated bank statement ("mutasi"): only money that really arrived appears here.</summary>
public sealed record BankLine(int Day, long Amount, string Description, long? OrderId);
