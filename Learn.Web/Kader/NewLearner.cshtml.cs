using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Kader;
using Learn.Core.Villages;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Kader;

/// <summary>A kader or facilitator registers someone who cannot do it alone, and hands them a first PIN.</summary>
public sealed class NewLearnerModel(People people, AccessPolicy access, AccountService accounts, KaderAssignmentService assignments,
    IStringLocalizer t) : PageModel, IShowsErrors
{
    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public string Phone { get; set; } = string.Empty;

    [BindProperty]
    public int VillageId { get; set; }

    [BindProperty]
    public string? Hamlet { get; set; }

    [BindProperty]
    public Gender Gender { get; set; }

    [BindProperty]
    public int? BirthYear { get; set; }

    [BindProperty]
    public bool SameGenderTutor { get; set; }

    [BindProperty]
    public string? TutorLanguage { get; set; }

    public IReadOnlyList<VillageChoice> Villages { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public (string Name, string Phone, string Pin)? Created { get; private set; }

    /// <summary>The kader the new learner got at once, or null when nobody could take them yet.</summary>
    public string? AssignedKader { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadVillagesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadVillagesAsync(ct);
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            Errors["Name"] = t["NewLearner.Error.Name"];
        }

        if (!PhoneNumber.TryNormalize(Phone, out _))
        {
            Errors["Phone"] = t["NewLearner.Error.Phone"];
        }

        if (Villages.All(v => v.Id != VillageId))
        {
            Errors["VillageId"] = t["NewLearner.Error.Village"];
        }

        if (TutorLanguage is { Length: > 0 } && !KaderLanguages.IsKnown(TutorLanguage))
        {
            Errors["TutorLanguage"] = t["Error.kader.languages_invalid"];
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var (account, pin) = await accounts.CreateLearnerAsync(User.RequireActor(),
            new NewAccount(Name, Phone, VillageId, Hamlet, Gender, BirthYear), Random.Shared, ct);
        Created = (account.Name, account.Phone, pin);
        var placement = await assignments.AssignNewLearnerAsync(User.RequireActor(), account.Id, SameGenderTutor, TutorLanguage, ct);
        AssignedKader = placement is null ? null
            : await people.NameAsync(placement.KaderId, ct);
        SameGenderTutor = false;
        TutorLanguage = null;
        ModelState.Clear();
        Name = Phone = string.Empty;
        Hamlet = null;
        BirthYear = null;

        return Page();
    }

    /// <summary>A refused registration is shown beside the field it is about.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        var field = problem.Code switch
        {
            "account.phone_taken" or "account.phone_invalid" => "Phone",
            "account.birth_year_invalid" => "BirthYear",
            "account.name_invalid" => "Name",
            _ => "VillageId",
        };
        Errors[field] = message;
        return Task.FromResult(true);
    }

    private async Task LoadVillagesAsync(CancellationToken ct)
    {
        var visible = await access.VisibleVillageIdsAsync(User.RequireActor(), ct);
        Villages = await people.VillagesAsync(visible, ct);
    }
}
