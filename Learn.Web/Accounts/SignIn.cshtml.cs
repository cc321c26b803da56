using Learn.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Accounts;

[EnableRateLimiting(AuthExtensions.SignInRateLimit)]
public sealed class SignInModel(AccountService accounts, AccountSessions sessions, IStringLocalizer t, TimeProvider time) : PageModel
{
    public sealed class InputModel
    {
        public string Phone { get; set; } = string.Empty;

        public string Pin { get; set; } = string.Empty;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.Phone) || string.IsNullOrWhiteSpace(Input.Pin))
        {
            Error = t["SignIn.Error.Missing"];
            return Page();
        }

        if (!PhoneNumber.TryNormalize(Input.Phone, out _))
        {
            Error = t["SignIn.Error.PhoneFormat"];
            return Page();
        }

        if (!Pin.IsWellFormed(Input.Pin))
        {
            Error = t["SignIn.Error.PinFormat"];
            return Page();
        }

        var result = await accounts.SignInAsync(Input.Phone, Input.Pin, HttpContext.ClientAddress(), ct);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                var session = await sessions.StartAsync(result.Account!.Id, ct);
                await HttpContext.SignInAsync(AuthExtensions.Scheme, result.Account.ToPrincipal(session),
                    new AuthenticationProperties { IsPersistent = true });
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : StartPage.For(result.Account!.Role));
            case SignInOutcome.LockedOut:
                var minutes = Math.Max(1, (int)Math.Ceiling(((result.LockedUntil ?? time.GetUtcNow()) - time.GetUtcNow()).TotalMinutes));
                Error = t["SignIn.Error.Locked", minutes];
                break;
            case SignInOutcome.Inactive:
                Error = t["SignIn.Error.Inactive"];
                break;
            default:
                Error = t["SignIn.Error.Wrong"];
                break;
        }

        Input.Pin = string.Empty;
        return Page();
    }
}
