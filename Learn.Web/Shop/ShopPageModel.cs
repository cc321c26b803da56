using Learn.Core.Errors;
using Learn.Core.Shop;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>
/// A page of the signed-in learner's own practice shop. Every id in a URL is looked up inside this shop,
/// so another learner's id is simply not found (404).
/// </summary>
[Authorize(Roles = nameof(Core.Accounts.Role.Learner))]
public abstract class ShopPageModel(ShopService shops, IStringLocalizer t) : PageModel, IShowsErrors
{
    protected ShopService Shops { get; } = shops;

    protected IStringLocalizer T { get; } = t;

    public Core.Shop.PracticeShop TheShop { get; private set; } = null!;

    public string? Error { get; protected set; }

    [TempData]
    public string? Flash { get; set; }

    /// <summary>Judgements of the learner's last step, shown once after the redirect.</summary>
    [TempData]
    public string? LastVerdicts { get; set; }

    public IReadOnlyList<(bool Good, string Code, string Lesson)> Verdicts =>
        string.IsNullOrEmpty(LastVerdicts) ? [] : [.. LastVerdicts.Split(';').Select(v => v.Split('|')).Where(p => p.Length == 3)
            .Select(p => (p[0] == "1", p[1], p[2]))];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var actor = User.RequireActor();
        if (await Shops.FindShopAsync(actor.Id, HttpContext.RequestAborted) is not { } shop)
        {
            if (AllowsNoShop)
            {
                await next();
                return;
            }

            context.Result = RedirectToPage("/Shop/Index");
            return;
        }

        TheShop = shop;
        await next();
    }

    /// <summary>Only the start page works before the shop is opened.</summary>
    protected virtual bool AllowsNoShop => false;

    protected void Remember(IEnumerable<Verdict> verdicts) =>
        LastVerdicts = string.Join(';', verdicts.Select(v => $"{(v.IsGood ? 1 : 0)}|{v.Code}|{v.LessonId}"));

    /// <summary>A refused step is said above the page, shown again as it is now.</summary>
    public async Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return await ReloadAsync(problem, ct);
    }

    /// <summary>Loads what the page shows after a refused step; false when it is gone (then 404).</summary>
    protected virtual Task<bool> ReloadAsync(LearnError problem, CancellationToken ct) => Task.FromResult(true);
}
