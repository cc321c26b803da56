namespace Learn.Core.Shop;

/// <summary>
/// Sums a cash book. Turnover is sales; refunds reverse sales; costs are goods, shipping, marketplace fees
/// and other expenses; capital and household drawings change the balance but not the profit.
/// </summary>
public sealed class CashBook
{
    public CashBook(IEnumerable<LedgerEntry> entries)
    {
        foreach (var entry in entries)
        {
            Balance += entry.Amount;
            switch (entry.Kind)
            {
                case LedgerKind.Sale:
                    Turnover += entry.Amount;
                    break;
                case LedgerKind.Refund:
                    Refunds -= entry.Amount;
                    break;
                case LedgerKind.GoodsCost or LedgerKind.ShippingFee or LedgerKind.MarketplaceFee or LedgerKind.Expense:
                    Costs -= entry.Amount;
                    break;
                case LedgerKind.Capital:
                    Capital += entry.Amount;
                    break;
                case LedgerKind.HouseholdDrawing:
                    Drawings -= entry.Amount;
                    break;
            }
        }
    }

    /// <summary>Money in the business till: the sum of every line.</summary>
    public long Balance { get; }

    public long Turnover { get; }

    /// <summary>Money given back, as a positive number.</summary>
    public long Refunds { get; }

    public long NetSales => Turnover - Refunds;

    /// <summary>Costs as a positive number.</summary>
    public long Costs { get; }

    public long Capital { get; }

    public long Drawings { get; }

    public long Profit => NetSales - Costs;

    /// <summary>Profit over net sales, exactly.</summary>
    public Ratio Margin => new(Profit, NetSales);
}
