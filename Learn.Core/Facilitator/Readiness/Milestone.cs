namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Something a learner achieved in the practice shop, e.g. "order-fulfilled" or "scam-refused",
/// with where it happened. Written by the sandbox; read by the readiness rule.
/// </summary>
public sealed class Milestone
{
    private Milestone()
    {
        Key = Evidence = string.Empty;
    }

    public Milestone(int learnerId, string key, DateTimeOffset at, string evidence)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new LearnDomainException("milestone.key_required", "A milestone needs a key.");
        }

        LearnerId = learnerId;
        Key = key.Trim();
        At = at;
        Evidence = evidence;
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    /// <summary>Stable key the readiness rule counts, e.g. "order-fulfilled", "scam-refused", "positive-margin", "listing-meets-rules".</summary>
    public string Key { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Where it happened, for the checklist, e.g. "scenario first-order, run 12".</summary>
    public string Evidence { get; private set; }
}
