namespace Learn.Web.Accounts;

public static class HttpContextExtensions
{
    /// <summary>The client's address as the lockout counts it: behind a trusted proxy, the one it forwarded.</summary>
    public static string ClientAddress(this HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
