namespace Learn.Core.Kader;

/// <summary>
/// A learner's current kader, with why they were paired and whether a facilitator pinned the pair.
/// One row per learner; the history of changes lives in the audit log.
/// </summary>
public sealed class KaderAssignment
{
    private KaderAssignment()
    {
        Explanation = string.Empty;
    }

    public KaderAssignment(int learnerId, int kaderId, bool isNeighbourVillage, string explanation, DateTimeOffset at, int? byId)
    {
        LearnerId = learnerId;
        Explanation = string.Empty;
        MoveTo(kaderId, isNeighbourVillage, explanation, at, byId);
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    public int KaderId { get; private set; }

    /// <summary>The kader lives in a neighbouring village of the same district, because none in the learner's own could take them.</summary>
    public bool IsNeighbourVillage { get; private set; }

    /// <summary>A facilitator fixed this pair; the matcher never moves it.</summary>
    public bool IsPinned { get; private set; }

    /// <summary>Reason codes, see <see cref="Matching.MatchReason"/>.</summary>
    public string Explanation { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public int? AssignedById { get; private set; }

    public void MoveTo(int kaderId, bool isNeighbourVillage, string explanation, DateTimeOffset at, int? byId)
    {
        if (kaderId != KaderId)
        {
            IsPinned = false;
            AssignedAt = at;
            AssignedById = byId;
        }

        KaderId = kaderId;
        IsNeighbourVillage = isNeighbourVillage;
        Explanation = explanation.Length > 300 ? explanation[..300] : explanation;
    }

    public void Pin() => IsPinned = true;

    public void Unpin() => IsPinned = false;
}
