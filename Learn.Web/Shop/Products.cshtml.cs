using Learn.Core.Shop;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

public sealed class ProductsModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public IReadOnlyList<ShopProduct> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await Shops.ProductsAsync(TheShop.Id, ct);
}
