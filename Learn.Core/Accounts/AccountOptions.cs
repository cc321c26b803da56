using System.ComponentModel.DataAnnotations;

namespace Learn.Core.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong PINs from one client within <see cref="Lockout"/> before that client is locked out of the number.</summary>
    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a node trusts that a session it has seen is still there (another node's sign-out shows within this).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
