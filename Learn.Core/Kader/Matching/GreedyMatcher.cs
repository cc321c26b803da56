namespace Learn.Core.Kader.Matching;

/// <summary>
/// The baseline the optimal matcher is measured against: learners in id order, each takes the
/// cheapest allowed kader with a free place at that moment. Same rules, same prices, no look-ahead.
/// </summary>
public static class GreedyMatcher
{
    public static MatchPlan Solve(MatchProblem problem)
    {
        var setup = MatchSetup.Build(problem);
        if (setup.Conflicts.Count > 0)
        {
            return MatchPlan.Infeasible(setup.Conflicts);
        }

        var used = new Dictionary<int, int>(setup.Used);
        var placed = new Dictionary<int, int>();
        foreach (var learner in setup.Free)
        {
            MatchKader? best = null;
            var bestCost = long.MaxValue;
            foreach (var kader in setup.KaderNear(learner))
            {
                var taken = used.GetValueOrDefault(kader.Id);
                if (taken >= kader.Capacity || setup.Check(learner, kader) is not null)
                {
                    continue;
                }

                var cost = MatchCosts.PairCost(learner, kader) + MatchCosts.SlotCost(taken + 1, kader.Capacity);
                if (cost < bestCost)
                {
                    best = kader;
                    bestCost = cost;
                }
            }

            if (best is not null)
            {
                placed[learner.Id] = best.Id;
                used[best.Id] = used.GetValueOrDefault(best.Id) + 1;
            }
        }

        return setup.Finish(placed);
    }
}
