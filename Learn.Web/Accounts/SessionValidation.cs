using Learn.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Learn.Web.Accounts;

/// <summary>
/// Refuses an auth cookie whose session has ended (signed out, PIN changed elsewhere, "sign out
/// everywhere", account deleted): a copy of the cookie stops working with the session.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsActiveAsync(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthExtensions.Scheme);
        }
    }

    public static async Task<bool> IsActiveAsync(System.Security.Claims.ClaimsPrincipal? user, IServiceProvider services, CancellationToken ct) =>
        user?.ToActor() is { } actor && user.SessionId() is { } session
        && await services.GetRequiredService<AccountSessions>().IsActiveAsync(session, actor.Id, ct);
}
