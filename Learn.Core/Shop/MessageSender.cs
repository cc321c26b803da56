namespace Learn.Core.Shop;

public enum MessageSender
{
    Buyer = 0,
    Seller = 1,
    Courier = 2,
    Marketplace = 3,

    /// <summary>A number the seller does not know, whatever name it gives itself.</summary>
    Unknown = 4,
}
