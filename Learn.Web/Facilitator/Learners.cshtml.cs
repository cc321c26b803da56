using Learn.Core;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>The facilitator's learners with readiness: filter by village, cohort, status and name; page; CSV.</summary>
public sealed class LearnersModel(FacilitatorScope scope, FacilitatorDashboard dashboard, Learn.Core.Storage.LearnDbContext db, IStringLocalizer t)
    : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string Name, string Phone, string Village, string? Hamlet, int CurrentLevel, bool IsReady, bool IsStuck,
        DateTimeOffset? LastActivity, DateTimeOffset RegisteredAt);

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

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => Paging.CountPages(TotalCount, PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(paged: true, ct) is not { } rows)
        {
            return NotFound();
        }

        Rows = rows;
        Villages = await scope.VillagesAsync(User, ct);
        Cohorts = await scope.CohortsAsync(User, ct);
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
        return File(bytes, "text/csv; charset=utf-8", FacilitatorScope.FileName("peserta", "csv"));
    }

    private async Task<IReadOnlyList<Row>?> LoadAsync(bool paged, CancellationToken ct)
    {
        if (await scope.FilterAsync(User, VillageId, CohortId, ct) is not { } filter)
        {
            return null;
        }

        var standings = (await dashboard.StandingsAsync(filter, ct)).ToDictionary(s => s.Id);
        var query = dashboard.Learners(filter);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(a => a.Name.Contains(term) || a.Phone.Contains(term));
        }

        var people = await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Join(db.Villages, a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name, a.Phone, Village = v.Name, a.Hamlet, a.CreatedAt })
            .ToListAsync(ct);
        var matching = people.Where(p => Status switch
        {
            "siap" => standings[p.Id].IsReady,
            "macet" => standings[p.Id].Stuck != StuckReason.None,
            _ => true,
        }).ToList();
        TotalCount = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var shown = paged ? matching.Skip((PageNumber - 1) * PageSize).Take(PageSize) : matching;
        return shown.Select(p =>
        {
            var s = standings[p.Id];
            return new Row(p.Id, p.Name, p.Phone, p.Village, p.Hamlet, s.CurrentLevel, s.IsReady, s.Stuck != StuckReason.None, s.LastActivity, p.CreatedAt);
        }).ToList();
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
