namespace Learn.Core.Kader.Matching;

/// <summary>
/// The price of a plan, in tiers far enough apart that a higher tier always wins over any sum the
/// lower ones can reach along an exchange: first place as many learners as possible, then keep them
/// in their own village, then keep existing pairs, and only then prefer same hamlet, shared language
/// and even load. Integers, so totals are exact and comparisons deterministic.
/// </summary>
public static class MatchCosts
{
    public const long Unplaced = 1_000_000_000_000;
    public const long NeighbourVillage = 1_000_000_000;
    public const long NewPair = 1_000_000;
    public const long OtherHamlet = 100;
    public const long NoSharedLanguage = 50;

    /// <summary>
    /// Any kader but the one the learner asked for on the roster. Above hamlet and language together, so
    /// the chosen kader wins among the soft wishes; far below a new pair, so it never moves anyone settled.
    /// </summary>
    public const long NotPreferred = 200;

    /// <summary>The last place of a full kader costs this much more than the first.</summary>
    public const long LoadWeight = 40;

    /// <summary>The hard rule the pair would break, or null when the kader may tutor the learner.</summary>
    public static BrokenRule? Check(MatchLearner learner, MatchKader kader, IReadOnlyDictionary<int, MatchVillage> villages)
    {
        if (!kader.IsActive || kader.Capacity <= 0)
        {
            return BrokenRule.KaderInactive;
        }

        if (kader.VillageId != learner.VillageId
            && (!villages.TryGetValue(kader.VillageId, out var kv) || !villages.TryGetValue(learner.VillageId, out var lv)
                || kv.Area != lv.Area))
        {
            return BrokenRule.OutsideDistrict;
        }

        if (kader.QualifiedUpTo < learner.Level)
        {
            return BrokenRule.NotQualified;
        }

        if (learner.WantsSameGender && kader.Gender != learner.Gender)
        {
            return BrokenRule.GenderWish;
        }

        return null;
    }

    public static bool SameHamlet(MatchLearner learner, MatchKader kader) =>
        learner.VillageId == kader.VillageId && learner.Hamlet is { } h && kader.Hamlet is { } k
        && string.Equals(h.Trim(), k.Trim(), StringComparison.OrdinalIgnoreCase);

    public static bool SharesLanguage(MatchLearner learner, MatchKader kader) =>
        learner.Language is { } language && kader.Languages.Contains(language);

    /// <summary>The price of the pair itself, without the load it adds.</summary>
    public static long PairCost(MatchLearner learner, MatchKader kader)
    {
        var cost = 0L;
        if (learner.VillageId != kader.VillageId)
        {
            cost += NeighbourVillage;
        }

        if (learner.CurrentKaderId != kader.Id)
        {
            cost += NewPair;
        }

        if (!SameHamlet(learner, kader))
        {
            cost += OtherHamlet;
        }

        if (learner.Language is not null && !SharesLanguage(learner, kader))
        {
            cost += NoSharedLanguage;
        }

        if (learner.PreferredKaderId is { } preferred && preferred != kader.Id)
        {
            cost += NotPreferred;
        }

        return cost;
    }

    /// <summary>The price of a kader's n-th place; rising with the share used, so load spreads evenly.</summary>
    public static long SlotCost(int slot, int capacity) => LoadWeight * slot / Math.Max(1, capacity);

    /// <summary>The total price of a plan for a problem, so any two plans for it compare on one scale.</summary>
    public static long Total(MatchProblem problem, IReadOnlyDictionary<int, int> kaderOfLearner)
    {
        var kader = problem.Kader.ToDictionary(k => k.Id);
        var loads = new Dictionary<int, int>();
        var total = 0L;
        foreach (var learner in problem.Learners)
        {
            if (kaderOfLearner.TryGetValue(learner.Id, out var kaderId))
            {
                var k = kader[kaderId];
                var slot = loads[kaderId] = loads.GetValueOrDefault(kaderId, k.Reserved) + 1;
                total += PairCost(learner, k) + SlotCost(slot, k.Capacity);
            }
            else
            {
                total += Unplaced;
            }
        }

        return total;
    }
}
