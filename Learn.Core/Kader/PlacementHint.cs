namespace Learn.Core.Kader;

/// <summary>
/// A kader who could take a learner the plan leaves without one, if they had one more place: qualified for the
/// learner's level, of the wished gender, in the learner's village or a neighbouring one, but full.
/// </summary>
public sealed record PlacementHint(int KaderId, string KaderName, string VillageName, bool IsNeighbourVillage, int Taken, int Capacity);
