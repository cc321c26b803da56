using Learn.Core.Errors;

namespace Learn.Core.Help;

/// <summary>
/// A learner's call for help and its life: queued for a first helper, escalated while nobody
/// answers, taken, transferred or handed back, resolved with an outcome, rated by the learner.
/// </summary>
public sealed class HelpRequest
{
    private HelpRequest()
    {
    }

    public HelpRequest(int learnerId, int villageId, HelpContext context, int? firstHelperId, DateTimeOffset now)
    {
        LearnerId = learnerId;
        VillageId = villageId;
        LessonId = context.LessonId;
        SectionId = context.SectionId;
        QuestionId = context.QuestionId;
        FirstHelperId = firstHelperId;
        // Nobody to route to first: open it to the whole village straight away.
        Stage = firstHelperId is null ? HelpStage.VillageKader : HelpStage.FirstKader;
        Status = HelpStatus.Waiting;
        CreatedAt = RoutedAt = LastActivityAt = now;
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    public int VillageId { get; private set; }

    public string? LessonId { get; private set; }

    public string? SectionId { get; private set; }

    public string? QuestionId { get; private set; }

    public HelpStatus Status { get; private set; }

    public HelpStage Stage { get; private set; }

    /// <summary>Who the routing picked first (the learner's own kader).</summary>
    public int? FirstHelperId { get; private set; }

    /// <summary>Who is helping now (or helped, once resolved).</summary>
    public int? HelperId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the request reached its current stage; escalation counts from here.</summary>
    public DateTimeOffset RoutedAt { get; private set; }

    /// <summary>
    /// When the last message came, to within <see cref="ActivityResolution"/>. No rule or view reads it from live help's copies, so on
    /// several nodes a change to it alone gives the request no new version (see <see cref="IHelpLiveState.CommittedAsync"/>); a rule
    /// that needs it must read the database.
    /// </summary>
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>
    /// A message moves <see cref="LastActivityAt"/> only once it is this much older: the messages of a lively chat then leave
    /// the request's row alone, and the help writer stores just the messages (an UPDATE and a table page less in most commits).
    /// </summary>
    public static readonly TimeSpan ActivityResolution = TimeSpan.FromMinutes(1);

    public DateTimeOffset? FirstReplyAt { get; private set; }

    public int? FirstReplyById { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public int? ResolvedById { get; private set; }

    public HelpOutcome? Outcome { get; private set; }

    /// <summary>1 to 5 stars from the learner, after the request is resolved.</summary>
    public int? Rating { get; private set; }

    public HelpContext Context => new(LessonId, SectionId, QuestionId);

    public bool IsOpen => Status != HelpStatus.Resolved;

    /// <summary>
    /// A detached copy. The live state keeps committed requests unchanged; the writer changes a copy
    /// and publishes it only after COMMIT, so a failed write leaves nothing half-applied in memory.
    /// </summary>
    public HelpRequest Copy() => (HelpRequest)MemberwiseClone();

    public bool IsDueForEscalation(DateTimeOffset now, TimeSpan after) =>
        Status == HelpStatus.Waiting && FirstReplyAt is null && Stage < HelpStage.Facilitator && now - RoutedAt >= after;

    /// <summary>Moves a waiting request to a wider circle of helpers.</summary>
    public void Escalate(HelpStage to, DateTimeOffset now)
    {
        if (Status != HelpStatus.Waiting || to <= Stage)
        {
            throw new LearnDomainException("help.cannot_escalate", "Only a waiting request can move to a wider circle.");
        }

        Stage = to;
        RoutedAt = now;
    }

    public void Take(int helperId, DateTimeOffset now)
    {
        EnsureOpen();
        if (Status == HelpStatus.Active && HelperId != helperId)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "help.already_taken", "Someone else is already helping.");
        }

        if (helperId == LearnerId)
        {
            throw new LearnDomainException("help.cannot_help_self", "A learner cannot take their own request.");
        }

        HelperId = helperId;
        Status = HelpStatus.Active;
        LastActivityAt = now;
    }

    /// <summary>A message was stored; a helper's first message also takes the request and stops the clock.</summary>
    public void RecordMessage(int senderId, DateTimeOffset now)
    {
        EnsureOpen();
        if (now - LastActivityAt >= ActivityResolution)
        {
            LastActivityAt = now;
        }

        if (senderId == LearnerId)
        {
            return;
        }

        if (Status == HelpStatus.Waiting)
        {
            Take(senderId, now);
        }

        if (FirstReplyAt is null)
        {
            FirstReplyAt = now;
            FirstReplyById = senderId;
        }
    }

    public void Transfer(int fromId, int toId, DateTimeOffset now)
    {
        EnsureHelper(fromId);
        if (toId == LearnerId || toId == fromId)
        {
            throw new LearnDomainException("help.transfer_invalid", "Choose another kader to pass this request to.");
        }

        HelperId = toId;
        LastActivityAt = now;
    }

    /// <summary>The helper gives the request back to the village's queue.</summary>
    public void HandBack(int helperId, DateTimeOffset now)
    {
        EnsureHelper(helperId);
        HelperId = null;
        Status = HelpStatus.Waiting;
        Stage = Stage < HelpStage.VillageKader ? HelpStage.VillageKader : Stage;
        RoutedAt = LastActivityAt = now;
    }

    public void Resolve(int byId, HelpOutcome outcome, DateTimeOffset now)
    {
        EnsureOpen();
        if (!Enum.IsDefined(outcome))
        {
            throw new LearnDomainException("help.outcome_invalid", "Choose how the request ended.");
        }

        if (byId != LearnerId && Status == HelpStatus.Active && HelperId != byId)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "help.not_helper", "Only the person helping can close this request.");
        }

        Status = HelpStatus.Resolved;
        Outcome = outcome;
        ResolvedAt = LastActivityAt = now;
        ResolvedById = byId;
    }

    public void Rate(int learnerId, int stars)
    {
        if (learnerId != LearnerId)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "help.not_learner", "Only the learner who asked can rate the help.");
        }

        if (Status != HelpStatus.Resolved)
        {
            throw new LearnDomainException("help.not_resolved", "Help can be rated once the request is finished.");
        }

        if (stars is < 1 or > 5)
        {
            throw new LearnDomainException("help.rating_invalid", "A rating is 1 to 5 stars.");
        }

        Rating = stars;
    }

    private void EnsureOpen()
    {
        if (Status == HelpStatus.Resolved)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "help.closed", "This request is finished. Ask again for new help.");
        }
    }

    private void EnsureHelper(int helperId)
    {
        EnsureOpen();
        if (Status != HelpStatus.Active || HelperId != helperId)
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "help.not_helper", "Only the person helping can do this.");
        }
    }
}
