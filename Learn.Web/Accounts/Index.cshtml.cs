using Learn.Core.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Web.Accounts;

[Authorize]
public sealed class IndexModel(LearnDbContext db) : PageModel
{
    public Core.Accounts.Account Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        Me = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == actor.Id, ct);
        return Page();
    }
}
