using Learn.Core.Kader.Matching;

namespace Learn.Core.Kader;

/// <summary>What an import did for one learner: the kader they got and why, or why they wait.</summary>
public sealed record ImportedPlacement(int LearnerId, int? KaderId, string? KaderName, IReadOnlyList<MatchReason> Reasons,
    UnplacedReason? Waiting, string VillageName)
{
    public bool IsPlaced => KaderId is not null;
}
