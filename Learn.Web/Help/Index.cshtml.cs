using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Help;

/// <summary>A learner's own help requests; kader and facilitators go to their console.</summary>
[Authorize]
public sealed class IndexModel(HelpService help) : PageModel
{
    public IReadOnlyList<HelpRequestView> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        if (actor.Role != Role.Learner)
        {
            return Redirect("/bantuan/konsol");
        }

        Requests = await help.MineAsync(actor, ct);
        return Page();
    }
}
