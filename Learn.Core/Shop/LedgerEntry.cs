namespace Learn.Core.Shop;

/// <summary>One line of a practice shop's cash book, in whole rupiah: positive money in, negative money out.</summary>
public sealed class LedgerEntry
{
    /// <summary>The note on the capital every shop opens with; pages show it in the reader's language.</summary>
    public const string StartingCapitalNote = "capital";

    private LedgerEntry()
    {
        Note = string.Empty;
    }

    public LedgerEntry(long shopId, long? runId, long? orderId, long? productId, int day, LedgerKind kind, long amount, string note)
    {
        var expectedSign = kind switch
        {
            LedgerKind.Capital or LedgerKind.Sale => 1,
            LedgerKind.Refund or LedgerKind.Expense or LedgerKind.HouseholdDrawing or LedgerKind.ShippingFee or LedgerKind.MarketplaceFee => -1,
            _ => 0,
        };
        if (amount == 0 || (expectedSign != 0 && Math.Sign(amount) != expectedSign))
        {
            throw new LearnDomainException("ledger.amount_sign", $"A {kind} line cannot be {amount}.");
        }

        ShopId = shopId;
        RunId = runId;
        OrderId = orderId;
        ProductId = productId;
        Day = day;
        Kind = kind;
        Amount = amount;
        Note = note;
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public long? RunId { get; private set; }

    public long? OrderId { get; private set; }

    public long? ProductId { get; private set; }

    /// <summary>The shop's simulated day.</summary>
    public int Day { get; private set; }

    public LedgerKind Kind { get; private set; }

    public long Amount { get; private set; }

    public string Note { get; private set; }

    public bool IsStartingCapital => Kind == LedgerKind.Capital && Note == StartingCapitalNote;
}
