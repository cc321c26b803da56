using Learn.Core.Help;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Help;

/// <summary>Time to first reply and to resolve, per village and per helper, for the facilitator's villages.</summary>
[Authorize(Policy = AuthExtensions.FacilitatorPolicy)]
public sealed class MetricsModel(HelpService help, IStringLocalizer t) : PageModel
{
    public HelpMetricsReport Report { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Report = await help.MetricsAsync(User.RequireActor(), ct);

    public string Duration(TimeSpan? value) => value switch
    {
        null => "–",
        { TotalHours: >= 1 } v => t["Help.Metrics.Hours", (int)v.TotalHours, v.Minutes],
        { } v => t["Help.Metrics.Minutes", (int)v.TotalMinutes, v.Seconds],
    };
}
