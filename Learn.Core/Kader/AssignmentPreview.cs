using Learn.Core.Kader.Matching;

namespace Learn.Core.Kader;

/// <summary>
/// What applying a plan would change, shown before anything is saved. <see cref="Fingerprint"/>
/// lets the apply step refuse when the plan has changed since the preview was shown.
/// </summary>
public sealed record AssignmentPreview(
    IReadOnlyList<AssignmentChange> Changes,
    IReadOnlyList<PinConflict> Conflicts,
    IReadOnlyDictionary<int, string> Names,
    IReadOnlyDictionary<int, string> VillageNames,
    string Fingerprint,
    IReadOnlyDictionary<int, IReadOnlyList<PlacementHint>>? Hints = null)
{
    public bool CanApply => Conflicts.Count == 0;

    /// <summary>The learners this plan leaves without a kader.</summary>
    public IReadOnlyList<AssignmentChange> LeftWithoutKader => [.. Changes.Where(c => c.ToKaderId is null)];

    /// <summary>Which full kader could take this learner with one more place; empty when none could.</summary>
    public IReadOnlyList<PlacementHint> HintsFor(int learnerId) => Hints?.GetValueOrDefault(learnerId) ?? [];
}
