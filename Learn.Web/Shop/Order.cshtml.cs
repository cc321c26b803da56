using Learn.Core.Errors;
using Learn.Core.Shop;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>One simulated order: the chat, the buyer's requests, checking the mutasi, shipping or declining.</summary>
public sealed class OrderModel(ShopService shops, IStringLocalizer t) : ShopPageModel(shops, t)
{
    public ShopOrder Order { get; private set; } = null!;

    public IReadOnlyList<ShopMessage> Messages { get; private set; } = [];

    public IReadOnlyList<ShopFeedback> Feedback { get; private set; } = [];

    public IEnumerable<string> CourierNames => Couriers.RatePerKg.Keys;

    [BindProperty]
    public string? Courier { get; set; }

    [BindProperty]
    public string? Resi { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMutasiAsync(long id, CancellationToken ct) =>
        StepAsync(id, async order =>
        {
            await Shops.CheckMutasiAsync(TheShop, order, ct);
            return Redirect($"/toko/mutasi?order={order.Id}");
        }, ct);

    public Task<IActionResult> OnPostReplyAsync(long id, CancellationToken ct) =>
        StepAsync(id, async order =>
        {
            Remember(await Shops.ReplyAsync(TheShop, order, Reply ?? string.Empty, ct));
            return null;
        }, ct);

    public Task<IActionResult> OnPostShipAsync(long id, CancellationToken ct) =>
        StepAsync(id, async order =>
        {
            Remember(await Shops.ShipAsync(TheShop, order, Courier ?? string.Empty, Resi ?? string.Empty, ct));
            Flash = T["Shop.Shipped"];
            return null;
        }, ct);

    public Task<IActionResult> OnPostRefuseAsync(long id, CancellationToken ct) =>
        StepAsync(id, async order =>
        {
            Remember(await Shops.RefuseAsync(TheShop, order, ct));
            return null;
        }, ct);

    public Task<IActionResult> OnPostAnswerAsync(long id, bool accept, CancellationToken ct) =>
        StepAsync(id, async order =>
        {
            Remember(await Shops.AnswerAsync(TheShop, order, accept, ct));
            return null;
        }, ct);

    private async Task<IActionResult> StepAsync(long id, Func<ShopOrder, Task<IActionResult?>> step, CancellationToken ct)
    {
        if (await Shops.FindOrderAsync(TheShop.Id, id, ct) is not { } order)
        {
            return NotFound();
        }

        return await step(order) ?? RedirectToPage(new { id });
    }

    protected override Task<bool> ReloadAsync(LearnError problem, CancellationToken ct) =>
        LoadAsync(long.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), ct);

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await Shops.FindOrderAsync(TheShop.Id, id, ct) is not { } order)
        {
            return false;
        }

        Order = order;
        Messages = await Shops.MessagesAsync(TheShop.Id, id, ct);
        Feedback = await Shops.FeedbackAsync(TheShop.Id, id, ct: ct);
        return true;
    }
}
