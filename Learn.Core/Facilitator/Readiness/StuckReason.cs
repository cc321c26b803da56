namespace Learn.Core.Facilitator.Readiness;

/// <summary>Why <see cref="StuckRule"/> calls a learner stuck; a learner may be stuck for several reasons at once.</summary>
[Flags]
public enum StuckReason
{
    None = 0,

    /// <summary>No lesson activity (or, never started, no sign of life since registering) for 7 days.</summary>
    NoProgress = 1,

    /// <summary>The same quiz failed three times in a row.</summary>
    RepeatedFailures = 2,

    /// <summary>A help request still open with no reply from any helper a day after it was asked.</summary>
    HelpUnanswered = 4,

    /// <summary>An active learner with no tutoring kader (never assigned, or their kader stopped tutoring).</summary>
    NoKader = 8,
}
