namespace Learn.Core.Shop.Scenarios;

/// <summary>How a simulated buyer pays.</summary>
public enum Payment
{
    /// <summary>Bank transfer straight to the seller: check the mutasi before shipping.</summary>
    Transfer = 0,

    /// <summary>E-wallet / QRIS through the marketplace: the marketplace pays out after delivery.</summary>
    EWallet = 1,

    /// <summary>Cash on delivery: the courier collects, the marketplace pays out after delivery.</summary>
    Cod = 2,
}
