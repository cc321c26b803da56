namespace Learn.Core.Shop;

/// <summary>What a chat line says; all but <see cref="Text"/> are worded by the UI in the reader's language.</summary>
public enum MessageKind
{
    Text = 0,
    OrderPlaced = 1,
    PaymentClaim = 2,
    FakeReceipt = 3,
    ApkLink = 4,
    OverpaidClaim = 5,
    CourierFee = 6,
    CancelRequest = 7,
    Complaint = 8,
    Review = 9,
    Delivered = 10,
    PaidByMarketplace = 11,
    PayOnDelivery = 12,
    OtpRequest = 13,
    MarketplaceService = 14,
    CodRefused = 15,
    FalseComplaint = 16,
}
