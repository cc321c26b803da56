using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Shop;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Shop;

/// <summary>A facilitator empties a learner's practice shop, after a confirmation step.</summary>
[Authorize(Policy = AuthExtensions.FacilitatorPolicy)]
public sealed class ResetModel(People people, AccessPolicy access, ShopService shops, ShopPhotoStore photos, IStringLocalizer t) : PageModel, IShowsErrors
{
    public Core.Accounts.Account Learner { get; private set; } = null!;

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await shops.FindShopAsync(id, ct) is not { } shop)
        {
            return NotFound();
        }

        await shops.ResetAsync(User.RequireActor(), id, ct);

        await photos.DeleteShopAsync(shop.Id, ct);
        Flash = t["Shop.ResetDone", Learner.Name];
        return Redirect($"/toko/peserta/{id}");
    }

    /// <summary>A refused reset (not this facilitator's learner) is not found, as for any stranger's id.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct) => Task.FromResult(false);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await access.CanViewLearnerAsync(User.RequireActor(), id, ct)
            || await people.LearnerAsync(id, ct) is not { } learner)
        {
            return false;
        }

        Learner = learner;
        return true;
    }
}
