using Learn.Core.Shop;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>The simulated bank statement; opened from an order, it says whether that order's money is there.</summary>
public sealed class MutasiModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public IReadOnlyList<BankLine> Lines { get; private set; } = [];

    public ShopOrder? ForOrder { get; private set; }

    public BankLine? Match { get; private set; }

    public async Task OnGetAsync(long? order, CancellationToken ct)
    {
        Lines = await Shops.MutasiAsync(TheShop.Id, ct);
        if (order is { } id && await Shops.FindOrderAsync(TheShop.Id, id, ct) is { } found)
        {
            ForOrder = found;
            Match = Lines.FirstOrDefault(l => l.OrderId == found.Id && l.Amount == found.TransferAmount);
        }
    }
}
