namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// Who is stuck, one rule for the kader's list and the facilitator dashboard: nothing moved for a
/// week, a quiz failed three times in a row, or (for an active learner) no kader to turn to; and,
/// ready or not, a help request nobody answered for a day. A learner ready to sell has finished
/// learning, so quiet and old failures no longer make them stuck.
/// </summary>
public static class StuckRule
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(7);

    public const int FailureLimit = 3;

    /// <summary>
    /// An open help request with no helper's reply after this long makes its learner stuck. Escalation
    /// (minutes) has long run through every circle of helpers by then: nobody is going to answer by themselves.
    /// </summary>
    public static readonly TimeSpan HelpUnansweredAfter = TimeSpan.FromHours(24);

    public static StuckReason Reasons(StuckFacts facts, DateTimeOffset now)
    {
        var reasons = StuckReason.None;
        if (!facts.IsReady && now - (facts.LastActivity ?? facts.RegisteredAt) >= IdleLimit)
        {
            reasons |= StuckReason.NoProgress;
        }

        if (!facts.IsReady && facts.FailuresInARow >= FailureLimit)
        {
            reasons |= StuckReason.RepeatedFailures;
        }

        if (!facts.IsReady && facts.IsActive && !facts.HasKader)
        {
            reasons |= StuckReason.NoKader;
        }

        if (facts.HelpUnanswered)
        {
            reasons |= StuckReason.HelpUnanswered;
        }

        return reasons;
    }
}
