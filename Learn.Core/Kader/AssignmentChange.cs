using Learn.Core.Kader.Matching;

namespace Learn.Core.Kader;

/// <summary>One learner whose kader a plan would change: from whom, to whom (or to nobody, and why).</summary>
public sealed record AssignmentChange(
    int LearnerId,
    string LearnerName,
    int? FromKaderId,
    string? FromKaderName,
    int? ToKaderId,
    string? ToKaderName,
    Placement? Placement,
    UnplacedReason? Unplaced);
