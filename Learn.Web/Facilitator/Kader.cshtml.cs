using Learn.Content.Courses;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>
/// A kader's tutoring profile. Saving is two steps: "check" shows which learners would move
/// (e.g. when the kader stops tutoring), "apply" saves the profile and the moves together.
/// </summary>
public sealed class KaderModel(People people, KaderAssignmentService tutoring, CourseCatalog courses, IStringLocalizer t) : PageModel
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

        try
        {
            Preview = await tutoring.PreviewKaderChangeAsync(User.RequireActor(), id, Settings(), ct);
        }
        catch (LearnDomainException e)
        {
            Error = t["Error." + e.Code];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int id, string? fingerprint, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        try
        {
            await tutoring.ApplyKaderChangeAsync(User.RequireActor(), id, Settings(), fingerprint ?? string.Empty, ct);
            return Redirect($"/fasilitator/pendamping?desa={Kader.VillageId}&selesai=true");
        }
        catch (LearnDomainException e)
        {
            Error = t["Error." + e.Code];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        // After a refused apply, show the current preview again when the input itself is fine (e.g. the plan changed).
        if (Error is not null)
        {
            try
            {
                Preview = await tutoring.PreviewKaderChangeAsync(User.RequireActor(), id, Settings(), ct);
            }
            catch (LearnDomainException)
            {
                Preview = null;
            }
        }

        return Page();
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

        try
        {
            (Area, _) = await tutoring.OverviewAsync(User.RequireActor(), villageId, ct);
        }
        catch (LearnDomainException)
        {
            return false;
        }

        Kader = kader;
        return true;
    }
}
