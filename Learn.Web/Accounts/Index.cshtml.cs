using Learn.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Accounts;

[Authorize]
public sealed class IndexModel(People people, AccountSessions sessions) : PageModel
{
    public Account Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await people.AccountAsync(User.RequireActor().Id, ct) is not { } me)
        {
            // Deleted while this page was open: sign out rather than fail.
            await HttpContext.SignOutAsync(AuthExtensions.Scheme);
            return LocalRedirect("/akun/masuk");
        }

        Me = me;
        return Page();
    }

    /// <summary>"Sign out everywhere": ends every session of this account, this one included.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        await sessions.EndAllAsync(User.RequireActor().Id, keep: null, ct);
        await HttpContext.SignOutAsync(AuthExtensions.Scheme);
        return LocalRedirect("/akun/masuk");
    }
}
