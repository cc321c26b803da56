namespace Learn.Core.Shop.Scenarios;

/// <summary>What goes wrong with an order, if anything.</summary>
public enum Twist
{
    None = 0,

    /// <summary>The buyer says they transferred, but no money arrives.</summary>
    Unpaid = 1,

    /// <summary>Scam: an edited transfer receipt with no matching mutasi line.</summary>
    FakeReceipt = 2,

    /// <summary>Scam: "I overpaid, please refund the difference".</summary>
    Overpaid = 3,

    /// <summary>Scam: a fake courier asks for a fee after shipping.</summary>
    FakeCourierFee = 4,

    /// <summary>Scam: a link to an APK "receipt".</summary>
    ApkLink = 5,

    /// <summary>The buyer cancels before the order is shipped.</summary>
    Cancel = 6,

    /// <summary>After delivery the buyer complains that the goods arrived damaged.</summary>
    Complaint = 7,

    /// <summary>Scam: the "buyer" asks for the code that just came by SMS (an OTP that would open the seller's account).</summary>
    OtpRequest = 8,

    /// <summary>Scam: an unknown number posing as the marketplace's customer service asks the seller to "verify" through a link.</summary>
    FakeMarketplaceService = 9,

    /// <summary>A cash-on-delivery buyer refuses the parcel at the door; it comes back.</summary>
    CodRefused = 10,

    /// <summary>Fraud: after delivery the buyer claims the parcel was empty, with nothing to show for it, and wants the money back.</summary>
    FalseComplaint = 11,
}
