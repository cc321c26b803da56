using System.Globalization;
using System.Security.Claims;
using Learn.Core.Accounts;

namespace Learn.Web.Accounts;

public static class ClaimsExtensions
{
    /// <summary>The claim that ties a cookie to its <see cref="AccountSession"/> row.</summary>
    public const string SessionClaim = "learn:session";

    public static string? SessionId(this ClaimsPrincipal user) => user.FindFirstValue(SessionClaim);

    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(ClaimTypes.Role);
        return id is not null && role is not null && Enum.TryParse<Role>(role, out var parsed)
            ? new Actor(int.Parse(id, CultureInfo.InvariantCulture), parsed)
            : null;
    }

    public static Actor RequireActor(this ClaimsPrincipal user) =>
        user.ToActor() ?? throw new InvalidOperationException("This page requires a signed-in user.");

    public static ClaimsPrincipal ToPrincipal(this Account account, string sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
                new Claim(SessionClaim, sessionId),
            ],
            AuthExtensions.Scheme));
}
