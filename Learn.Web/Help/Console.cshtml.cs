using Learn.Core.Help;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Help;

/// <summary>The kader console: the queue open to me, my chats, and which helpers are online.</summary>
[Authorize(Policy = AuthExtensions.StaffPolicy)]
public sealed class ConsoleModel(HelpService help, HelpHelpers helpers) : PageModel
{
    public IReadOnlyList<HelpRequestView> Queue { get; private set; } = [];

    public IReadOnlyList<HelpRequestView> Mine { get; private set; } = [];

    public IReadOnlyList<HelpRequestView> Others { get; private set; } = [];

    public IReadOnlyList<HelperStatus> Helpers { get; private set; } = [];

    /// <summary>What each request's latest message carries, so a kader sees a voice note or photo is waiting.</summary>
    public IReadOnlyDictionary<long, HelpMessageKind> LastKinds { get; private set; } = new Dictionary<long, HelpMessageKind>();

    /// <summary>What this page shows, fingerprinted: its live connection asks for the current one once joined (help-console.js).</summary>
    public string Stamp { get; private set; } = string.Empty;

    public HelpMessageKind LastKindOf(long requestId) => LastKinds.GetValueOrDefault(requestId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        var open = await help.ConsoleAsync(actor, ct);
        Queue = open.Where(r => r.Status == HelpStatus.Waiting).ToList();
        Mine = open.Where(r => r.Status == HelpStatus.Active && r.HelperId == actor.Id).ToList();
        Others = open.Where(r => r.Status == HelpStatus.Active && r.HelperId != actor.Id).ToList();
        Stamp = HelpService.ConsoleStamp(open);
        LastKinds = await help.LastKindsAsync(open.Select(r => r.Id).ToList(), ct);
        Helpers = await helpers.ForConsoleAsync(actor, ct);
    }
}
