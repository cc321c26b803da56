using System.ComponentModel.DataAnnotations;

namespace Learn.Web.Accounts;

public sealed class SignInRateLimitOptions
{
    public const string Section = "SignInRateLimit";

    /// <summary>Sign-in attempts per minute from one address. A village hall shares one address, so not too low.</summary>
    [Range(1, 10_000)]
    public int PermitsPerMinute { get; set; } = 20;
}
