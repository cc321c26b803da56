namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// "Siap Jualan Online", as data (courses/readiness.yml): the levels to master, the practice-shop
/// milestones to reach (with how many times) and the practical skills a kader must sign off.
/// </summary>
public sealed record ReadinessRule(
    IReadOnlyList<int> Levels,
    IReadOnlyList<MilestoneRequirement> Milestones,
    IReadOnlyList<SkillRequirement> SignOffs);

public sealed record MilestoneRequirement(string Key, int Count, LocalText Title);

public sealed record SkillRequirement(string SkillId, LocalText Title);
