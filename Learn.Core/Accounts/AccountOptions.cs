using System.ComponentModel.DataAnnotations;

namespace Learn.Core.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong PINs in a row before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);
}
