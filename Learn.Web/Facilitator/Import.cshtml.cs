using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Learn.Web.Kader;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>
/// Roster import in three steps without JavaScript: upload, a report of every row (nothing written
/// yet), and on confirmation all-or-nothing import with a printable sheet of first PINs.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(FacilitatorScope scope, RosterImporter importer, KaderAssignmentService assignments, RosterUploads uploads,
    IStringLocalizer t) : PageModel
{
    public const int MaxUploadBytes = 16 * 1024 * 1024;
    public const int ProblemsShown = 200;
    public const int RowsShown = 20;

    public IReadOnlyList<FacilitatorScope.CohortChoice> Cohorts { get; private set; } = [];

    public RosterPreview? Preview { get; private set; }

    public IReadOnlyList<ImportedLearner> Created { get; private set; } = [];

    /// <summary>The kader each imported learner got at once, or why they wait, by learner id.</summary>
    public IReadOnlyDictionary<int, ImportedPlacement> Placements { get; private set; } = new Dictionary<int, ImportedPlacement>();

    public int Waiting => Placements.Values.Count(p => !p.IsPlaced);

    public string? UploadId { get; private set; }

    [BindProperty]
    public int? CohortId { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);
        if (file is null || file.Length == 0)
        {
            Error = t["Facilitator.Import.NoFile"];
            return Page();
        }

        var actor = User.RequireActor();
        await using (var content = file.OpenReadStream())
        {
            UploadId = await uploads.SaveAsync(actor.Id, content, ct);
        }

        await using var saved = (await uploads.OpenAsync(actor.Id, UploadId, ct))!;
        Preview = await importer.PreviewAsync(actor, saved, CohortId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? upload, CancellationToken ct)
    {
        Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);
        var actor = User.RequireActor();
        await using var saved = await uploads.OpenAsync(actor.Id, upload, ct);
        if (saved is null)
        {
            Error = t["Facilitator.Import.UploadGone"];
            return Page();
        }

        var result = await importer.ImportAsync(actor, saved, CohortId, Random.Shared, ct);
        if (result.Created.Count == 0)
        {
            // Something changed since the preview (e.g. a phone registered meanwhile): show the new report.
            UploadId = upload;
            Preview = result.Preview;
            return Page();
        }

        await saved.DisposeAsync();
        await uploads.RemoveAsync(actor.Id, upload!, ct);
        Created = result.Created;
        Placements = (await assignments.AssignImportedAsync(actor, [.. Created.Select(c => c.Id)], ct)).ToDictionary(p => p.LearnerId);
        return Page();
    }

    public string PlacementText(ImportedPlacement placement) => placement.IsPlaced
        ? KaderText.Reasons(t, placement.Reasons)
        : placement.Waiting is { } why ? KaderText.Unplaced(t, why, placement.VillageName) : t["Kader.Nobody"];

    public string ProblemText(RosterProblem problem) => t["Error." + problem.Code, problem.Value, problem.OtherRow ?? 0];

    public string ColumnName(string column) => column.Length == 0 ? string.Empty : t["Facilitator.Import.Column." + column];
}
