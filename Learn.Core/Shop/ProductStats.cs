namespace Learn.Core.Shop;

public sealed record ProductStats(long ProductId, string Name, int Visits, int Orders, int Units, long NetSales, long Profit)
{
    public Ratio Conversion => new(Orders, Visits);

    public Ratio Margin => new(Profit, NetSales);
}
