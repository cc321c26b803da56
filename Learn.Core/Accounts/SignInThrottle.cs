namespace Learn.Core.Accounts;

/// <summary>
/// Wrong PINs for one phone number from one client (its network address). Kept per number, not per
/// account, so an unknown number locks exactly like a known one and answers cannot tell them apart;
/// kept per client, so a stranger's guesses do not lock the owner out on their own phone.
/// Times are Unix milliseconds so the guard's conditional updates compare them in SQL on every provider.
/// </summary>
public sealed class SignInThrottle
{
    private SignInThrottle()
    {
        Phone = Client = string.Empty;
    }

    public SignInThrottle(string phone, string client)
    {
        Phone = phone;
        Client = client;
    }

    public long Id { get; private set; }

    public string Phone { get; private set; }

    public string Client { get; private set; }

    /// <summary>Tries counted in the current window, including those still being checked.</summary>
    public int Failures { get; private set; }

    public long WindowStartMs { get; private set; }

    public long LockedUntilMs { get; private set; }
}
