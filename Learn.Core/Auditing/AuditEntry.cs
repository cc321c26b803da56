namespace Learn.Core.Auditing;

/// <summary>Who did what to whom, when and why; written in the same save as the change itself.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = Details = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, int? actorId, string action, int? subjectAccountId, string details)
    {
        At = at;
        ActorId = actorId;
        Action = action;
        SubjectAccountId = subjectAccountId;
        Details = details;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int? ActorId { get; private set; }

    public string Action { get; private set; }

    public int? SubjectAccountId { get; private set; }

    public string Details { get; private set; }
}
