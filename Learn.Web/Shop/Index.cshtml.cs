using Learn.Core.Errors;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>The practice shop's home: open it, play a scenario, move a day on, see how it goes.</summary>
public sealed class IndexModel(ShopService shops, ScenarioCatalog scenarios, IStringLocalizer t) : ShopPageModel(shops, t)
{
    protected override bool AllowsNoShop => true;

    public bool HasShop => TheShop is not null;

    public IReadOnlyList<Scenario> Scenarios => scenarios.All;

    /// <summary>A past run's scenario by its title; a scenario file removed since keeps its id, the only name left.</summary>
    public string ScenarioTitle(string scenarioId, string language) => scenarios.Find(scenarioId)?.TitleIn(language) ?? scenarioId;

    public ScenarioRun? Run { get; private set; }

    public Scenario? RunScenario { get; private set; }

    public RunProgress? Progress { get; private set; }

    public IReadOnlyList<ScenarioRun> PastRuns { get; private set; } = [];

    public IReadOnlySet<string> Succeeded { get; private set; } = new HashSet<string>();

    public CashBook? Cash { get; private set; }

    public int OpenOrders { get; private set; }

    public int Products { get; private set; }

    public IReadOnlyList<ShopFeedback> Feedback { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(string? name, CancellationToken ct)
    {
        await Shops.OpenAsync(User.RequireActor().Id, name ?? string.Empty, ct);
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostStartAsync(string scenario, CancellationToken ct) =>
        StepAsync(async () =>
        {
            await Shops.StartScenarioAsync(TheShop, scenario, ct: ct);
            Flash = T["Shop.Started"];
        }, ct);

    public Task<IActionResult> OnPostStopAsync(CancellationToken ct) =>
        StepAsync(() => Shops.StopScenarioAsync(TheShop, ct), ct);

    public Task<IActionResult> OnPostNextDayAsync(CancellationToken ct) =>
        StepAsync(async () =>
        {
            Remember(await Shops.FastForwardAsync(TheShop, ct));
            Flash = T["Shop.DayPassed", TheShop.Day];
        }, ct);

    private async Task<IActionResult> StepAsync(Func<Task> step, CancellationToken ct)
    {
        if (!HasShop)
        {
            return RedirectToPage();
        }

        await step();
        return RedirectToPage();
    }

    protected override async Task<bool> ReloadAsync(LearnError problem, CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!HasShop)
        {
            return;
        }

        Run = await Shops.ActiveRunAsync(TheShop.Id, ct);
        RunScenario = Run is null ? null : scenarios.Find(Run.ScenarioId);
        Progress = Run is null ? null : await Shops.ProgressAsync(TheShop, Run, ct);
        PastRuns = [.. (await Shops.RunsAsync(TheShop.Id, ct)).Where(r => !r.IsActive).Take(5)];
        Succeeded = await Shops.SucceededScenariosAsync(TheShop.LearnerId, ct);
        Cash = new CashBook(await Shops.LedgerAsync(TheShop.Id, ct));
        var orders = await Shops.OrdersAsync(TheShop.Id, ct);
        OpenOrders = orders.Count(o => !o.IsSettled);
        Products = (await Shops.ProductsAsync(TheShop.Id, ct)).Count;
        Feedback = await Shops.FeedbackAsync(TheShop.Id, take: 5, ct: ct);
    }
}
