using Learn.Core.Kader.Matching;

namespace Learn.Core.Kader;

/// <summary>
/// When a plan leaves learners without a kader because the places ran short, says for each of them which kader could
/// take them with one more place (own village first), so a facilitator can fix it before applying anything.
/// </summary>
public static class ShortfallHints
{
    public static IReadOnlyDictionary<int, IReadOnlyList<PlacementHint>> For(MatchingArea area, MatchPlan plan,
        int? changedKaderId = null, KaderSettings? change = null)
    {
        var hints = new Dictionary<int, IReadOnlyList<PlacementHint>>();
        var left = plan.Unplaced.Where(u => u.Value.Code == UnplacedReason.AllFull).Select(u => u.Key).ToHashSet();
        if (left.Count == 0)
        {
            return hints;
        }

        var inRun = plan.Placements.Keys.Concat(plan.Unplaced.Keys).ToHashSet();
        var load = area.Assignments.Values.Where(a => !inRun.Contains(a.LearnerId)).Select(a => a.KaderId)
            .Concat(plan.Placements.Values.Select(p => p.KaderId))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var kader = area.Kader.Select(k => area.ToMatch(k, 0, k.Id == changedKaderId ? change : null))
            .Where(k => k.IsActive && k.Capacity > 0).ToList();
        var villages = area.Villages.ToDictionary(v => v.Id, v => v.Name);
        foreach (var learner in area.Learners.Where(l => left.Contains(l.Id)))
        {
            var level = area.LearnerLevels[learner.Id];
            var sameGender = area.Wishes.GetValueOrDefault(learner.Id)?.SameGender ?? false;
            hints[learner.Id] = kader
                .Where(k => k.QualifiedUpTo >= level && (!sameGender || k.Gender == learner.Gender))
                .OrderBy(k => k.VillageId == learner.VillageId ? 0 : 1).ThenBy(k => load.GetValueOrDefault(k.Id) - k.Capacity).ThenBy(k => k.Id)
                .Take(3)
                .Select(k => new PlacementHint(k.Id, area.NameOf(k.Id), villages.GetValueOrDefault(k.VillageId, ""), k.VillageId != learner.VillageId,
                    load.GetValueOrDefault(k.Id), k.Capacity))
                .ToList();
        }

        return hints;
    }
}
