using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>Rebalance a village: every change is shown first, and saved only when the facilitator applies it.</summary>
public sealed class RebalanceModel(People people, KaderAssignmentService tutoring, IStringLocalizer t) : PageModel
{
    public string VillageName { get; private set; } = string.Empty;

    public int VillageId { get; private set; }

    public AssignmentPreview Preview { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int villageId, CancellationToken ct) =>
        await LoadAsync(villageId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int villageId, string? fingerprint, CancellationToken ct)
    {
        try
        {
            await tutoring.ApplyRebalanceAsync(User.RequireActor(), villageId, fingerprint ?? string.Empty, ct);
            return Redirect($"/fasilitator/pendamping?desa={villageId}&selesai=true");
        }
        catch (LearnDomainException e) when (e.Code != "access.denied")
        {
            Error = t["Error." + e.Code];
        }
        catch (LearnDomainException)
        {
            return NotFound();
        }

        return await LoadAsync(villageId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int villageId, CancellationToken ct)
    {
        try
        {
            Preview = await tutoring.PreviewRebalanceAsync(User.RequireActor(), villageId, ct);
        }
        catch (LearnDomainException)
        {
            return false;
        }

        VillageId = villageId;
        VillageName = await people.VillageNameAsync(villageId, ct);
        return true;
    }
}
