namespace Learn.Core.Shop;

public enum OrderStatus
{
    New = 0,
    Shipped = 1,
    Delivered = 2,
    Completed = 3,
    Cancelled = 4,
    Refused = 5,
    Returned = 6,
}
