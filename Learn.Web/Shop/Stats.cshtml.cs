using Learn.Core.Shop;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>Level-5 statistics from the learner's own practice shop: small SVG charts and the same numbers in tables.</summary>
public sealed class StatsModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public ShopStats Stats { get; private set; } = new([], []);

    public BarChart TurnoverChart { get; private set; } = null!;

    public BarChart BestSellers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stats = await Shops.StatsAsync(TheShop, ct);
        TurnoverChart = new BarChart("turnover", T["Shop.Chart.Turnover"],
            [.. Stats.Days.TakeLast(14).Select(d => new BarChart.Bar(T["Shop.DayShort", d.Day], d.Turnover, Rupiah.Format(d.Turnover)))]);
        BestSellers = new BarChart("best", T["Shop.Chart.BestSellers"],
            [.. Stats.Products.Take(8).Select(p => new BarChart.Bar(p.Name, p.Units, p.Units.ToString(System.Globalization.CultureInfo.CurrentCulture)))]);
    }
}
