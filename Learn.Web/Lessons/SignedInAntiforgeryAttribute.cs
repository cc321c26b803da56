using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Learn.Web.Lessons;

/// <summary>
/// Checks the antiforgery token only when someone is signed in. An anonymous quiz is graded and
/// forgotten (it stores nothing), so a forged anonymous post can do no harm, and the anonymous page
/// carries no token: it is the same for everyone and can be served from one cached copy.
/// Use together with <c>[IgnoreAntiforgeryToken]</c>, which switches off the check for everyone.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignedInAntiforgeryAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || http.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            context.Result = new BadRequestResult();
        }
    }
}
