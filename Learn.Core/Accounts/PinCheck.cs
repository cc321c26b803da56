namespace Learn.Core.Accounts;

/// <summary>Whether a PIN may be checked now for this number and client, and if not, until when it is locked.</summary>
public readonly record struct PinCheck(bool Allowed, DateTimeOffset? LockedUntil)
{
    public static PinCheck Allow => new(true, null);

    public static PinCheck Locked(DateTimeOffset until) => new(false, until);
}
