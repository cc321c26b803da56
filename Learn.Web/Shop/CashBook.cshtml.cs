using Learn.Core;
using Learn.Core.Errors;
using Learn.Core.Shop;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>The cash book: every simulated sale, cost and fee, with turnover, profit and margin from it.</summary>
public sealed class CashBookModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public const int PageSize = 30;

    public IReadOnlyList<LedgerEntry> Entries { get; private set; } = [];

    public CashBook Totals { get; private set; } = new([]);

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(int p = 1, CancellationToken ct = default) => await LoadAsync(p, ct);

    public async Task<IActionResult> OnPostRecordAsync(LedgerKind kind, long? amount, string? note, CancellationToken ct)
    {
        await Shops.RecordAsync(TheShop, kind, amount ?? 0, note ?? string.Empty, ct);
        Flash = T["Shop.Recorded"];
        return RedirectToPage();
    }

    protected override async Task<bool> ReloadAsync(LearnError problem, CancellationToken ct)
    {
        await LoadAsync(1, ct);
        return true;
    }

    private async Task LoadAsync(int p, CancellationToken ct)
    {
        var all = await Shops.LedgerAsync(TheShop.Id, ct);
        Totals = new CashBook(all);
        PageCount = Paging.CountPages(all.Count, PageSize);
        PageNumber = Math.Clamp(p, 1, PageCount);
        Entries = [.. all.AsEnumerable().Reverse().Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
