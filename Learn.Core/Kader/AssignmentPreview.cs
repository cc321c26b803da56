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
    string Fingerprint)
{
    public bool CanApply => Conflicts.Count == 0;
}
