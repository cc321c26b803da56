namespace Learn.Core.Facilitator.Readiness;

public enum ChecklistItemKind
{
    Level,
    Milestone,
    SignOff,
}

/// <summary>One thing the readiness rule asks for, with what the learner has so far and the proof.</summary>
public sealed record ChecklistItem(ChecklistItemKind Kind, string Id, LocalText? Title, int Required, int Have,
    IReadOnlyList<EvidenceLine> Evidence)
{
    public bool IsMet => Have >= Required;
}

/// <summary>
/// Proof for a checklist item: when, what (a milestone's scenario run, a kader's note, a quiz score)
/// and by whom. <see cref="LessonId"/> names the quiz that completed a level.
/// </summary>
public sealed record EvidenceLine(DateTimeOffset At, string Detail, string? By = null, string? LessonId = null);
