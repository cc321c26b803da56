using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Localization;

/// <summary>The language switch: a plain link that works without JavaScript and remembers the choice.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = UiStrings.Cultures.Contains(culture) ? culture! : UiStrings.DefaultCulture;
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });

        // Drop a ?culture= from the return address, or it would override the cookie just set.
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(target[query..]);
            parsed.Remove("culture");
            target = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(target[..query], parsed);
        }

        return LocalRedirect(target);
    }
}
