using Learn.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Accounts;

public sealed class SignOutModel(AccountSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Ends this session in the database too, so a copy of the cookie stops working.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.SessionId() is { } session)
        {
            await sessions.EndAsync(session, ct);
        }

        await HttpContext.SignOutAsync(AuthExtensions.Scheme);
        return LocalRedirect("/");
    }
}
