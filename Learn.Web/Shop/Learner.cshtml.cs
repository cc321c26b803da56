using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Shop;

/// <summary>A learner's practice shop, read-only, for their kader, facilitator or an admin.</summary>
[Authorize(Policy = AuthExtensions.StaffPolicy)]
public sealed class LearnerModel(People people, AccessPolicy access, ShopService shops, ScenarioCatalog scenarios) : PageModel
{
    /// <summary>A run's scenario by its title; a scenario file removed since keeps its id, the only name left.</summary>
    public string ScenarioTitle(string scenarioId, string language) => scenarios.Find(scenarioId)?.TitleIn(language) ?? scenarioId;

    public Core.Accounts.Account Learner { get; private set; } = null!;

    public Core.Shop.PracticeShop? TheShop { get; private set; }

    public IReadOnlyList<ShopProduct> Products { get; private set; } = [];

    public IReadOnlyList<ShopOrder> Orders { get; private set; } = [];

    public IReadOnlyList<ScenarioRun> Runs { get; private set; } = [];

    public IReadOnlyList<ShopFeedback> Feedback { get; private set; } = [];

    public CashBook Cash { get; private set; } = new([]);

    public bool CanReset => User.ToActor() is { Role: Role.Facilitator or Role.Admin };

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var actor = User.RequireActor();
        if (!await access.CanViewLearnerAsync(actor, id, ct)
            || await people.LearnerAsync(id, ct) is not { } learner)
        {
            return NotFound();
        }

        Learner = learner;
        TheShop = await shops.FindShopForViewerAsync(actor, id, ct);
        if (TheShop is { } shop)
        {
            Products = await shops.ProductsAsync(shop.Id, ct);
            Orders = [.. (await shops.OrdersAsync(shop.Id, ct)).Take(20)];
            Runs = await shops.RunsAsync(shop.Id, ct);
            Feedback = await shops.FeedbackAsync(shop.Id, take: 20, ct: ct);
            Cash = new CashBook(await shops.LedgerAsync(shop.Id, ct));
        }

        return Page();
    }
}
