using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Facilitator;

/// <summary>Rebalance a village: every change is shown first, and saved only when the facilitator applies it.</summary>
public sealed class RebalanceModel(People people, KaderAssignmentService assignments) : PageModel, IShowsErrors
{
    public string VillageName { get; private set; } = string.Empty;

    public int VillageId { get; private set; }

    public AssignmentPreview Preview { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int villageId, CancellationToken ct) =>
        await LoadAsync(villageId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int villageId, string? fingerprint, CancellationToken ct)
    {
        if (!await assignments.IsFacilitatorOfVillageAsync(User.RequireActor(), villageId, ct))
        {
            return NotFound();
        }

        VillageId = villageId;
        await assignments.ApplyRebalanceAsync(User.RequireActor(), villageId, fingerprint ?? string.Empty, ct);
        return Redirect($"/fasilitator/pendamping?desa={villageId}&selesai=true");
    }

    /// <summary>A refused apply (the plan changed meanwhile) shows the current plan with the reason.</summary>
    public async Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return await LoadAsync(VillageId, ct);
    }

    private async Task<bool> LoadAsync(int villageId, CancellationToken ct)
    {
        if (!await assignments.IsFacilitatorOfVillageAsync(User.RequireActor(), villageId, ct))
        {
            return false;
        }

        Preview = await assignments.PreviewRebalanceAsync(User.RequireActor(), villageId, ct);
        VillageId = villageId;
        VillageName = await people.VillageNameAsync(villageId, ct);
        return true;
    }
}
