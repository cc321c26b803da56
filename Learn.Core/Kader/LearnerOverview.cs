using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;

namespace Learn.Core.Kader;

/// <summary>
/// One learner as their kader or facilitator sees them: progress by level, early unlocks, their kader,
/// signed-off skills and (for a facilitator) the kader of the district they may be pinned to.
/// </summary>
public sealed record LearnerOverview(
    Account Learner,
    string VillageName,
    Journey Journey,
    IReadOnlyList<LevelUnlock> Unlocks,
    KaderAssignment? Assignment,
    string? KaderName,
    IReadOnlyDictionary<string, SkillSignOff> SignOffs,
    IReadOnlyList<(int Id, string Name)> PinChoices);
