namespace Learn.Core.Shop;

/// <summary>A request in the chat that waits for the learner's yes or no.</summary>
public enum OrderPrompt
{
    None = 0,
    OverpaidRefund = 1,
    CourierFee = 2,
    ApkLink = 3,
    Cancellation = 4,
    Complaint = 5,
    OtpRequest = 6,
    MarketplaceService = 7,
    ParcelReturned = 8,
    FalseComplaint = 9,
}
