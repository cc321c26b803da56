using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Hosting;

/// <summary>Friendly pages for 404, 403, 429 and friends, in the learner's language.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer t) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        var key = code is 404 or 403 or 429 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        Title = t[$"Status.{key}.Title"];
        Body = t[$"Status.{key}.Body"];
    }
}
