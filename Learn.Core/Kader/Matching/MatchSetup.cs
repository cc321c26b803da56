namespace Learn.Core.Kader.Matching;

/// <summary>
/// What the optimal solver and the greedy baseline share: input in id order, pins checked, pairs
/// that stay fixed, the places left, and the learners still to place; and at the end, reasons.
/// </summary>
internal sealed class MatchSetup
{
    private MatchSetup(MatchProblem problem)
    {
        Problem = problem;
        Villages = problem.Villages.ToDictionary(v => v.Id);
        Kader = problem.Kader.OrderBy(k => k.Id).ToList();
        KaderById = Kader.ToDictionary(k => k.Id);
        Learners = problem.Learners.OrderBy(l => l.Id).ToList();
        if (KaderById.Count != problem.Kader.Count || Learners.Select(l => l.Id).Distinct().Count() != Learners.Count)
        {
            throw new ArgumentException("Kader and learner ids must be unique.", nameof(problem));
        }

        KaderByArea = Kader.GroupBy(AreaOfKader).ToDictionary(g => g.Key, g => g.ToList());
    }

    public MatchProblem Problem { get; }

    public Dictionary<int, MatchVillage> Villages { get; }

    public List<MatchKader> Kader { get; }

    public Dictionary<int, MatchKader> KaderById { get; }

    public List<MatchLearner> Learners { get; }

    public Dictionary<string, List<MatchKader>> KaderByArea { get; }

    public List<PinConflict> Conflicts { get; } = [];

    /// <summary>Learner id → kader id for pairs that stay as they are.</summary>
    public Dictionary<int, int> Fixed { get; } = [];

    /// <summary>Kader id → places taken by fixed pairs.</summary>
    public Dictionary<int, int> Used { get; } = [];

    /// <summary>Learners to place, in id order, with a current kader kept only where that pair is still allowed.</summary>
    public List<MatchLearner> Free { get; } = [];

    public string AreaOf(MatchLearner learner) =>
        Villages.TryGetValue(learner.VillageId, out var v) ? v.Area : "?village " + learner.VillageId;

    public IReadOnlyList<MatchKader> KaderNear(MatchLearner learner) =>
        KaderByArea.TryGetValue(AreaOf(learner), out var list) ? list : [];

    public BrokenRule? Check(MatchLearner learner, MatchKader kader) => MatchCosts.Check(learner, kader, Villages);

    public static MatchSetup Build(MatchProblem problem)
    {
        var setup = new MatchSetup(problem);
        setup.CheckPins();
        if (setup.Conflicts.Count == 0)
        {
            setup.FixPairs();
        }

        return setup;
    }

    public MatchPlan Finish(IReadOnlyDictionary<int, int> placedFree)
    {
        var all = new Dictionary<int, int>(Fixed);
        foreach (var (learner, kader) in placedFree)
        {
            all[learner] = kader;
        }

        var loads = all.Values.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count() + KaderById[g.Key].Reserved);
        var placements = new Dictionary<int, Placement>();
        var unplaced = new Dictionary<int, UnplacedReason>();
        foreach (var learner in Learners)
        {
            if (all.TryGetValue(learner.Id, out var kaderId))
            {
                placements[learner.Id] = Explain(learner, KaderById[kaderId], loads[kaderId]);
            }
            else
            {
                unplaced[learner.Id] = Diagnose(learner);
            }
        }

        return new MatchPlan(placements, unplaced, [], MatchCosts.Total(Problem, all));
    }

    private void CheckPins()
    {
        var pinned = Learners.Where(l => l.IsPinned && l.CurrentKaderId is not null).ToList();
        foreach (var learner in pinned)
        {
            var kaderId = learner.CurrentKaderId!.Value;
            var rule = KaderById.TryGetValue(kaderId, out var kader) ? Check(learner, kader) : BrokenRule.UnknownKader;
            if (rule is { } broken)
            {
                Conflicts.Add(new PinConflict(learner.Id, kaderId, broken));
            }
        }

        foreach (var group in pinned.GroupBy(l => l.CurrentKaderId!.Value))
        {
            if (KaderById.TryGetValue(group.Key, out var kader) && group.Count() > kader.Capacity - kader.Reserved)
            {
                Conflicts.AddRange(group.Select(l => new PinConflict(l.Id, group.Key, BrokenRule.OverCapacity)));
            }
        }
    }

    private void FixPairs()
    {
        var keep = new List<MatchLearner>();
        foreach (var learner in Learners)
        {
            if (learner.CurrentKaderId is { } kaderId && KaderById.TryGetValue(kaderId, out var kader)
                && (learner.IsPinned || (!learner.MayMove && Check(learner, kader) is null)))
            {
                keep.Add(learner);
            }
        }

        // A kader with more kept pairs than places (capacity just went down) keeps the pins; the rest
        // of their learners are placed again, and stability decides who stays.
        var overfull = keep.GroupBy(l => l.CurrentKaderId!.Value)
            .Where(g => g.Count() > KaderById[g.Key].Capacity - KaderById[g.Key].Reserved)
            .Select(g => g.Key)
            .ToHashSet();
        foreach (var kader in Kader.Where(k => k.Reserved > 0))
        {
            Used[kader.Id] = kader.Reserved;
        }

        foreach (var learner in keep.Where(l => l.IsPinned || !overfull.Contains(l.CurrentKaderId!.Value)))
        {
            var kaderId = learner.CurrentKaderId!.Value;
            Fixed[learner.Id] = kaderId;
            Used[kaderId] = Used.GetValueOrDefault(kaderId) + 1;
        }

        foreach (var learner in Learners.Where(l => !Fixed.ContainsKey(l.Id)))
        {
            var stillAllowed = learner.CurrentKaderId is { } k && KaderById.TryGetValue(k, out var kader) && Check(learner, kader) is null;
            Free.Add(stillAllowed ? learner with { IsPinned = false } : learner with { CurrentKaderId = null, IsPinned = false });
        }
    }

    private Placement Explain(MatchLearner learner, MatchKader kader, int load)
    {
        var reasons = new List<MatchReason>();
        var pinned = learner.IsPinned && learner.CurrentKaderId == kader.Id;
        var kept = learner.CurrentKaderId == kader.Id;
        if (pinned)
        {
            reasons.Add(new MatchReason(MatchReason.Pinned));
        }
        else if (kept)
        {
            reasons.Add(new MatchReason(MatchReason.Kept));
        }

        var neighbour = kader.VillageId != learner.VillageId;
        if (neighbour)
        {
            reasons.Add(new MatchReason(MatchReason.NeighbourVillage, Villages.TryGetValue(kader.VillageId, out var v) ? v.Name : ""));
        }

        if (learner.PreferredKaderId == kader.Id)
        {
            reasons.Add(new MatchReason(MatchReason.Preferred));
        }

        if (MatchCosts.SameHamlet(learner, kader))
        {
            reasons.Add(new MatchReason(MatchReason.SameHamlet, kader.Hamlet!.Trim()));
        }

        if (MatchCosts.SharesLanguage(learner, kader))
        {
            reasons.Add(new MatchReason(MatchReason.SharedLanguage, learner.Language!));
        }

        if (learner.WantsSameGender)
        {
            reasons.Add(new MatchReason(MatchReason.SameGender, learner.Gender.ToString()));
        }

        reasons.Add(new MatchReason(MatchReason.Qualified, kader.QualifiedUpTo.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        reasons.Add(new MatchReason(MatchReason.Load, $"{load}/{kader.Capacity}"));
        return new Placement(learner.Id, kader.Id, neighbour, pinned, kept, reasons);
    }

    private UnplacedReason Diagnose(MatchLearner learner)
    {
        var near = KaderNear(learner).Where(k => k.IsActive && k.Capacity > 0).ToList();
        if (near.Count == 0)
        {
            return new UnplacedReason(UnplacedReason.NoKader, learner.VillageId, learner.Level, null);
        }

        var qualified = near.Where(k => k.QualifiedUpTo >= learner.Level).ToList();
        if (qualified.Count == 0)
        {
            return new UnplacedReason(UnplacedReason.NoQualified, learner.VillageId, learner.Level, null);
        }

        if (learner.WantsSameGender && qualified.All(k => k.Gender != learner.Gender))
        {
            return new UnplacedReason(UnplacedReason.NoSameGender, learner.VillageId, learner.Level, learner.Gender);
        }

        return new UnplacedReason(UnplacedReason.AllFull, learner.VillageId, learner.Level,
            learner.WantsSameGender ? learner.Gender : null);
    }

    private string AreaOfKader(MatchKader kader) =>
        Villages.TryGetValue(kader.VillageId, out var v) ? v.Area : "?kader-village " + kader.VillageId;
}
