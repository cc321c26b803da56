namespace Learn.Core.Lessons;

/// <summary>A level opened before the one below it was mastered, with who did it and why.</summary>
public sealed class LevelUnlock
{
    private LevelUnlock()
    {
        Reason = string.Empty;
    }

    public LevelUnlock(int accountId, int levelNumber, UnlockMethod method, int? byAccountId, DateTimeOffset at, string reason)
    {
        AccountId = accountId;
        LevelNumber = levelNumber;
        Method = method;
        ByAccountId = byAccountId;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }

    public int AccountId { get; private set; }

    public int LevelNumber { get; private set; }

    public UnlockMethod Method { get; private set; }

    public int? ByAccountId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Reason { get; private set; }
}
