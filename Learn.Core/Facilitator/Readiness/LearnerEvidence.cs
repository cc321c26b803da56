
namespace Learn.Core.Facilitator.Readiness;

/// <summary>Everything the readiness rule looks at for one learner.</summary>
public sealed record LearnerEvidence(
    IReadOnlyDictionary<int, EvidenceLine> MasteredLevels,
    IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<(SkillSignOff SignOff, string KaderName)> SignOffs);
