using Learn.Core.Errors;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Roster;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>Cohorts (angkatan) of the facilitator's villages; learners join one through the roster import.</summary>
public sealed class CohortsModel(FacilitatorScope scope, CohortService cohorts, IStringLocalizer t) : PageModel, IShowsErrors
{
    public IReadOnlyList<FacilitatorScope.Choice> Villages { get; private set; } = [];

    public IReadOnlyList<FacilitatorScope.CohortChoice> Cohorts { get; private set; } = [];

    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public int VillageId { get; set; }

    [BindProperty]
    public DateOnly? StartsOn { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData[CreatedMessage] as string;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Villages.All(v => v.Id != VillageId))
        {
            return NotFound();
        }

        if (StartsOn is null)
        {
            Error = t["Facilitator.Cohorts.DateRequired"];
            return Page();
        }

        // A taken name is a broken rule: the page filter shows the form again through ShowErrorAsync.
        var cohort = await cohorts.CreateAsync(User.RequireActor(), Name, VillageId, StartsOn.Value, ct);
        TempData[CreatedMessage] = t["Facilitator.Cohorts.Created", cohort.Name].Value;
        return Redirect("/fasilitator/kelompok");
    }

    private const string CreatedMessage = "Facilitator.Cohorts.Created";

    /// <summary>The post has loaded the villages and cohorts already.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Villages = await scope.VillagesAsync(User.RequireActor(), ct);
        Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);
    }
}
