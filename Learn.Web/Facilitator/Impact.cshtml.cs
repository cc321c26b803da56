using System.Globalization;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Roster;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Facilitator;

/// <summary>Impact per village in the shape of the study's Table 1: baseline against the latest follow-up round.</summary>
public sealed class ImpactModel(FacilitatorScope scope, ImpactService impact, Core.Accounts.AccessPolicy access, IStringLocalizer t) : PageModel
{
    private static readonly CultureInfo Rupiah = CultureInfo.GetCultureInfo("id-ID");

    [BindProperty(SupportsGet = true, Name = "desa")]
    public int? VillageId { get; set; }

    public IReadOnlyList<FacilitatorScope.Choice> Villages { get; private set; } = [];

    public IReadOnlyList<VillageImpact> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } tables)
        {
            return NotFound();
        }

        Tables = tables;
        Villages = await scope.VillagesAsync(User.RequireActor(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } tables)
        {
            return NotFound();
        }

        var bytes = CsvWriter.ToBytes(
            [t["Facilitator.Village"], t["Facilitator.Impact.Indicator"], t["Facilitator.Impact.Before"], t["Facilitator.Impact.After"], t["Facilitator.Impact.Change"]],
            tables.SelectMany(v => v.Rows.Select(r => new object?[] { VillageName(v), IndicatorName(r.Indicator), Value(r.Indicator, r.Before), Value(r.Indicator, r.After), ChangeText(r) })));
        return File(bytes, "text/csv; charset=utf-8", DownloadName.For("dampak", "csv"));
    }

    private async Task<IReadOnlyList<VillageImpact>?> LoadAsync(CancellationToken ct)
    {
        var visible = await access.VisibleVillageIdsAsync(User.RequireActor(), ct);
        if (VillageId is { } v && visible is not null && !visible.Contains(v))
        {
            return null;
        }

        return await impact.PerVillageAsync(visible, VillageId, ct);
    }

    public string VillageName(VillageImpact v) => v.VillageId is null ? t["Facilitator.AllVillages"] : v.Village;

    public string IndicatorName(ImpactIndicator indicator) => t["Facilitator.Impact." + indicator];

    public string Value(ImpactIndicator indicator, decimal value) => indicator switch
    {
        ImpactIndicator.MonthlyTurnover => "Rp " + value.ToString("N0", Rupiah),
        ImpactIndicator.Margin => value.ToString("0.#", CultureInfo.CurrentCulture) + "%",
        ImpactIndicator.MarketReach => value == 0 ? t["Facilitator.Impact.OwnRegency"] : t["Facilitator.Impact.ProvincesN", value],
        _ => value.ToString("N0", CultureInfo.CurrentCulture),
    };

    public string ChangeText(ImpactRow row) => row switch
    {
        { Kind: ChangeKind.Percent, Change: { } c } => (c > 0 ? "+" : "") + c.ToString(CultureInfo.CurrentCulture) + "%",
        { Kind: ChangeKind.Points, Change: { } c } => t["Facilitator.Impact.Points", (c > 0 ? "+" : "") + c.ToString(CultureInfo.CurrentCulture)],
        { Kind: ChangeKind.None } => Value(row.Indicator, row.Before) + " → " + Value(row.Indicator, row.After),
        // From nothing a percentage means nothing; the amount that came is the change.
        { Kind: ChangeKind.Percent, Change: null, Before: 0m } when row.After > 0 => t["Facilitator.Impact.FromZero", Value(row.Indicator, row.After)],
        _ => "–",
    };
}
