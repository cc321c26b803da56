namespace Learn.Core.Kader.Matching;

/// <summary>
/// The outcome of one run: every learner is either placed or unplaced with a reason. When pins
/// cannot all hold, <see cref="PinConflicts"/> names them and nothing else is decided.
/// </summary>
public sealed class MatchPlan
{
    public MatchPlan(IReadOnlyDictionary<int, Placement> placements, IReadOnlyDictionary<int, UnplacedReason> unplaced,
        IReadOnlyList<PinConflict> pinConflicts, long totalCost)
    {
        Placements = placements;
        Unplaced = unplaced;
        PinConflicts = pinConflicts;
        TotalCost = totalCost;
    }

    public IReadOnlyDictionary<int, Placement> Placements { get; }

    public IReadOnlyDictionary<int, UnplacedReason> Unplaced { get; }

    public IReadOnlyList<PinConflict> PinConflicts { get; }

    public long TotalCost { get; }

    public bool IsFeasible => PinConflicts.Count == 0;

    public int? KaderOf(int learnerId) => Placements.TryGetValue(learnerId, out var p) ? p.KaderId : null;

    public static MatchPlan Infeasible(IReadOnlyList<PinConflict> conflicts) =>
        new(new Dictionary<int, Placement>(), new Dictionary<int, UnplacedReason>(), conflicts, 0);
}
