using System.Globalization;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Impact;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>The short business survey of one learner, at baseline (round 0) and follow-ups.</summary>
public sealed class SurveyModel(FacilitatorScope scope, ImpactService impact, People people, IStringLocalizer t) : PageModel, IShowsErrors
{
    public string Name { get; private set; } = string.Empty;

    public int Id { get; private set; }

    public IReadOnlyList<BusinessSurvey> Surveys { get; private set; } = [];

    [BindProperty]
    public int Wave { get; set; }

    [BindProperty]
    public bool SellsOnline { get; set; }

    [BindProperty]
    public string? Turnover { get; set; }

    [BindProperty]
    public string? Margin { get; set; }

    [BindProperty]
    public List<string> Provinces { get; set; } = [];

    [BindProperty]
    public string? Employed { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public string? Message { get; private set; }

    /// <summary>Where "saved" waits for the page the browser is sent to after the post.</summary>
    private const string SavedMessage = "Facilitator.Survey.Saved";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Message = TempData[SavedMessage] as string;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Wave = Surveys.Count == 0 ? 0 : Surveys.Max(s => s.Wave) + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var turnover = ParseWhole(Turnover, "Turnover");
        var margin = ParseWhole(Margin, "Margin", allowNegative: true);
        var employed = ParseWhole(Employed, "Employed");
        if (Errors.Count > 0)
        {
            return Page();
        }

        await impact.RecordAsync(User.RequireActor(), id, Wave,
            new SurveyAnswers(SellsOnline, turnover, (int)Math.Clamp(margin, int.MinValue, int.MaxValue), Provinces,
                (int)Math.Clamp(employed, int.MinValue, int.MaxValue)), ct);
        // Post-redirect-get: a reload shows the next wave's empty form and records nothing twice.
        TempData[SavedMessage] = (Wave == 0 ? t["Facilitator.Survey.SavedBaseline"] : t["Facilitator.Survey.Saved", Wave]).Value;
        return Redirect($"/fasilitator/peserta/{id}/survei");
    }

    /// <summary>A refused answer is shown beside its field; the page already holds the learner and their surveys.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Errors[problem.Code switch
        {
            "survey.turnover_invalid" => "Turnover",
            "survey.margin_invalid" => "Margin",
            "survey.employed_invalid" => "Employed",
            _ => "Wave",
        }] = message;
        return Task.FromResult(true);
    }

    /// <summary>"2.500.000", "2,500,000" and "Rp 2500000" are the same amount.</summary>
    private long ParseWhole(string? text, string field, bool allowNegative = false)
    {
        var cleaned = new string((text ?? string.Empty).Where(c => char.IsAsciiDigit(c) || c == '-').ToArray());
        if (long.TryParse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && (allowNegative || value >= 0))
        {
            return value;
        }

        Errors[field] = t["Facilitator.Survey.NumberRequired"];
        return 0;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await scope.CanSeeLearnerAsync(User.RequireActor(), id, ct) || await people.LearnerAsync(id, ct) is not { } learner)
        {
            return false;
        }

        Id = id;
        Name = learner.Name;
        Surveys = await impact.SurveysOfAsync(id, ct);
        return true;
    }
}
