using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Core.Kader.Matching;
using Learn.Core.Villages;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Facilitator;

/// <summary>A facilitator's view of one village: kader and their load, every pair and why, and who waits and why.</summary>
public sealed class AssignmentsModel(People people, AccessPolicy access, KaderAssignmentService assignments) : PageModel
{
    public IReadOnlyList<VillageChoice> Villages { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "desa")]
    public int? VillageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "selesai")]
    public bool Done { get; set; }

    public MatchingArea? Area { get; private set; }

    public MatchPlan? AsIs { get; private set; }

    public string VillageName(int id) => Area?.Villages.FirstOrDefault(v => v.Id == id)?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        Villages = await people.VillagesAsync(visible, ct);
        VillageId ??= Villages.Count > 0 ? Villages[0].Id : null;
        if (VillageId is not { } id)
        {
            return Page();
        }

        if (Villages.All(v => v.Id != id))
        {
            return NotFound();
        }

        if (!await assignments.IsFacilitatorOfVillageAsync(actor, id, ct))
        {
            return NotFound();
        }

        (Area, AsIs) = await assignments.OverviewAsync(actor, id, ct);
        return Page();
    }
}
