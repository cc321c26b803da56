namespace Learn.Core.Accounts;

/// <summary>
/// One signed-in device. The auth cookie carries its id and every request checks the row is still
/// there, so deleting the row ends that session: sign-out deletes its own, a PIN change, an unlock
/// after a reset, or a privacy delete deletes the others.
/// </summary>
public sealed class AccountSession
{
    private AccountSession()
    {
        Id = string.Empty;
    }

    public AccountSession(string id, int accountId, DateTimeOffset startedAt)
    {
        Id = id;
        AccountId = accountId;
        StartedAt = startedAt;
    }

    public string Id { get; private set; }

    public int AccountId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
}
