using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Facilitator;

/// <summary>
/// A kader's assignments profile. Saving is two steps: "check" shows which learners would move
/// (e.g. when the kader stops assignments), "apply" saves the profile and the moves together.
/// </summary>
public sealed class KaderModel(People people, KaderAssignmentService assignments, CourseCatalog courses) : PageModel, IShowsErrors
{
    public Core.Accounts.Account Kader { get; private set; } = null!;

    public MatchingArea Area { get; private set; } = null!;

    [BindProperty]
    public int Capacity { get; set; }

    [BindProperty]
    public List<string> Languages { get; set; } = [];

    [BindProperty]
    public List<int> Slots { get; set; } = [];

    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    public int? CertifiedLevel { get; set; }

    public int LevelCount => courses.Current.Levels.Count;

    public AssignmentPreview? Preview { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var profile = Area.Profiles[id];
        Capacity = profile.Capacity;
        Languages = [.. profile.LanguageSet];
        Slots = Enumerable.Range(0, WeeklyAvailability.Days * WeeklyAvailability.Parts)
            .Where(i => (profile.Availability & (1 << i)) != 0).ToList();
        IsActive = profile.IsActive;
        CertifiedLevel = profile.CertifiedLevel;
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Preview = await assignments.PreviewKaderChangeAsync(User.RequireActor(), id, Settings(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int id, string? fingerprint, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await assignments.ApplyKaderChangeAsync(User.RequireActor(), id, Settings(), fingerprint ?? string.Empty, ct);
        return Redirect($"/fasilitator/pendamping?desa={Kader.VillageId}&selesai=true");
    }

    /// <summary>
    /// After a refused apply, the current preview is shown again when the input itself is fine
    /// (the plan changed meanwhile); a refused input has no preview.
    /// </summary>
    public async Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        if (problem.Kind == ErrorKind.Conflict)
        {
            Preview = await assignments.PreviewKaderChangeAsync(User.RequireActor(), Kader.Id, Settings(), ct);
        }

        return true;
    }

    private KaderSettings Settings() =>
        new(Capacity, Languages, Slots.Where(s => s is >= 0 and < 21).Aggregate(0, (mask, s) => mask | (1 << s)), IsActive,
            CertifiedLevel is > 0 ? CertifiedLevel : null);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var kader = await people.KaderAsync(id, ct);
        if (kader?.VillageId is not { } villageId)
        {
            return false;
        }

        var actor = User.RequireActor();
        if (!await assignments.IsFacilitatorOfVillageAsync(actor, villageId, ct))
        {
            return false;
        }

        (Area, _) = await assignments.OverviewAsync(actor, villageId, ct);
        Kader = kader;
        return true;
    }
}
