using Learn.Core;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Roster;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>The facilitator's learners with readiness: filter by village, cohort, status and name; page; CSV.</summary>
public sealed class LearnersModel(FacilitatorScope scope, FacilitatorLearnerList learners, IStringLocalizer t)
    : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "desa")]
    public int? VillageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kelompok")]
    public int? CohortId { get; set; }

    /// <summary>"siap" (ready), "macet" (stuck) or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<FacilitatorScope.Choice> Villages { get; private set; } = [];

    public IReadOnlyList<FacilitatorScope.CohortChoice> Cohorts { get; private set; } = [];

    public IReadOnlyList<FacilitatorLearnerList.Row> Rows { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Paging.CountPages(TotalCount, PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(paged: true, ct) is not { } rows)
        {
            return NotFound();
        }

        Rows = rows;
        Villages = await scope.VillagesAsync(User.RequireActor(), ct);
        Cohorts = await scope.CohortsAsync(User.RequireActor(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(paged: false, ct) is not { } rows)
        {
            return NotFound();
        }

        var bytes = CsvWriter.ToBytes(
            [t["Account.Name"], t["SignIn.Phone"], t["Facilitator.Village"], t["Facilitator.Hamlet"], t["Facilitator.Level"], t["Facilitator.Ready"],
                t["Facilitator.StuckShort"], t["Facilitator.LastActivity"], t["Facilitator.RegisteredAt"]],
            rows.Select(r => new object?[] { r.Name, r.Phone, r.Village, r.Hamlet, r.CurrentLevel, r.IsReady ? t["Facilitator.Yes"].Value : t["Facilitator.No"].Value,
                r.IsStuck ? t["Facilitator.Yes"].Value : t["Facilitator.No"].Value, r.LastActivity, r.RegisteredAt }));
        return File(bytes, "text/csv; charset=utf-8", DownloadName.For("peserta", "csv"));
    }

    private async Task<IReadOnlyList<FacilitatorLearnerList.Row>?> LoadAsync(bool paged, CancellationToken ct)
    {
        if (await scope.FilterAsync(User.RequireActor(), VillageId, CohortId, ct) is not { } filter)
        {
            return null;
        }

        var status = Status switch
        {
            "siap" => LearnerStatusFilter.Ready,
            "macet" => LearnerStatusFilter.Stuck,
            _ => LearnerStatusFilter.All,
        };
        var found = await learners.ForAsync(filter, Search, status, PageNumber, paged ? PageSize : null, ct);
        TotalCount = found.Paging.Total;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        return found.Rows;
    }

    public Dictionary<string, string> Route(int page)
    {
        var route = new Dictionary<string, string> { ["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (VillageId is { } v)
        {
            route["desa"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (CohortId is { } c)
        {
            route["kelompok"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(Status))
        {
            route["status"] = Status;
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            route["cari"] = Search;
        }

        return route;
    }
}
