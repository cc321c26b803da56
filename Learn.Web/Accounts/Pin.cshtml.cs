using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Accounts;

[Authorize]
public sealed class PinModel(AccountService accounts, IStringLocalizer t) : PageModel, IShowsErrors
{
    [BindProperty]
    public string CurrentPin { get; set; } = string.Empty;

    [BindProperty]
    public string NewPin { get; set; } = string.Empty;

    [BindProperty]
    public string RepeatPin { get; set; } = string.Empty;

    public string? Error { get; private set; }

    /// <summary>Set by a successful change and shown once after the redirect, so a reload sends nothing again.</summary>
    [TempData(Key = "Pin.Done")]
    public bool Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (NewPin != RepeatPin)
        {
            Error = t["Pin.Error.Mismatch"];
            return Page();
        }

        await accounts.ChangePinAsync(User.RequireActor().Id, CurrentPin, NewPin, HttpContext.ClientAddress(), User.SessionId(), ct);
        Done = true;
        return RedirectToPage();
    }

    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }
}
