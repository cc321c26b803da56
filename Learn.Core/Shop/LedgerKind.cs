namespace Learn.Core.Shop;

/// <summary>What a cash-book line is. Capital and household drawings move money but are not profit or cost.</summary>
public enum LedgerKind
{
    /// <summary>Business capital put in (kept apart from household money).</summary>
    Capital = 0,

    /// <summary>Money from a sale: a confirmed transfer, or a marketplace payout.</summary>
    Sale = 1,

    /// <summary>What the goods sold cost to make (a return puts it back with a positive line).</summary>
    GoodsCost = 2,

    ShippingFee = 3,

    MarketplaceFee = 4,

    /// <summary>Money given back to a buyer; reverses a sale.</summary>
    Refund = 5,

    /// <summary>Other business costs the learner records (packaging, ingredients) or loses to a scam.</summary>
    Expense = 6,

    /// <summary>Money taken out of the business for the household: not a cost, but it leaves the till.</summary>
    HouseholdDrawing = 7,
}
