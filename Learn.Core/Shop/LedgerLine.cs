namespace Learn.Core.Shop;

/// <summary>A cash-book line an order action produces, before it is stored.</summary>
public sealed record LedgerLine(LedgerKind Kind, long Amount, string Note);
