namespace Learn.Core.Shop.Scenarios;

/// <summary>
/// One buyer's arrival as the engine drew it from the scenario and the seed. <see cref="ProductPick"/>
/// picks among the shop's products in stock when the buyer arrives.
/// </summary>
public sealed record PlannedOrder(
    int Sequence,
    int Day,
    int Minute,
    string BuyerName,
    string City,
    int Quantity,
    Payment Payment,
    Twist Twist,
    string? Question,
    int Review,
    int UniqueCode,
    int CourierDays,
    int ProductPick,
    long ScamAmount);
