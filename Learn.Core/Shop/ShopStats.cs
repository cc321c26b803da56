namespace Learn.Core.Shop;

/// <summary>Level-5 figures from the learner's own practice shop.</summary>
public sealed record ShopStats(IReadOnlyList<DayTurnover> Days, IReadOnlyList<ProductStats> Products)
{
    public int Visits => Products.Sum(p => p.Visits);

    public int Orders => Products.Sum(p => p.Orders);

    /// <summary>Orders over visits, exactly.</summary>
    public Ratio Conversion => new(Orders, Visits);
}
