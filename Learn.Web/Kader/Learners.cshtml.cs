using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Kader;

public sealed class LearnersModel(KaderLearnerList list, HelpService help, HelpNudges nudges) : PageModel
{
    /// <summary>A kader sees their own learners ("my learners"); facilitators and admins see everyone in their villages.</summary>
    public bool IsKader { get; private set; }

    public IReadOnlyList<KaderLearnerRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    public int TotalCount { get; private set; }

    public int PageCount { get; private set; } = 1;

    /// <summary>Who already reminded a learner over WhatsApp, and when.</summary>
    public IReadOnlyDictionary<int, LastNudge> Nudges { get; private set; } = new Dictionary<int, LastNudge>();

    /// <summary>Help requests waiting for this kader: their start page shows the queue beside their learners.</summary>
    public IReadOnlyList<HelpRequestView> WaitingHelp { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        var page = await list.ReadAsync(actor, Search, PageNumber, ct);
        (IsKader, Rows) = (page.IsKader, page.Rows);
        (TotalCount, PageCount, PageNumber) = (page.Paging.Total, page.Paging.PageCount, page.Paging.Number);
        if (actor.Role == Role.Kader)
        {
            WaitingHelp = (await help.ConsoleAsync(actor, ct)).Where(r => r.Status == HelpStatus.Waiting).ToList();
        }

        Nudges = await nudges.LastAsync(Rows.Select(r => r.Id).ToList(), ct);
    }
}
