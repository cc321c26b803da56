using Learn.Core;
using Learn.Core.Shop;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

public sealed class OrdersModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public const int PageSize = 20;

    public IReadOnlyList<ShopOrder> Items { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(int p = 1, CancellationToken ct = default)
    {
        var all = await Shops.OrdersAsync(TheShop.Id, ct);
        PageCount = Paging.CountPages(all.Count, PageSize);
        PageNumber = Math.Clamp(p, 1, PageCount);
        Items = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
