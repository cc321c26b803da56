namespace Learn.Core.Shop;

public enum MessageSender
{
    Buyer = 0,
    Seller = 1,
    Courier = 2,
    Marketplace = 3,
}
