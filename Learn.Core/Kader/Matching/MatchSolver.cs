namespace Learn.Core.Kader.Matching;

/// <summary>
/// The optimal matcher. Each district is solved on its own (a learner can only go to a kader of
/// their village or a neighbouring one), as a min-cost flow: learners with identical needs form
/// one node, every kader has one place-edge per free place with a rising load price, and an
/// "unplaced" edge at a price no exchange can beat makes the flow always feasible.
/// Input order does not matter: everything is sorted by id first.
/// </summary>
public static class MatchSolver
{
    public static MatchPlan Solve(MatchProblem problem)
    {
        var setup = MatchSetup.Build(problem);
        if (setup.Conflicts.Count > 0)
        {
            return MatchPlan.Infeasible(setup.Conflicts);
        }

        var placed = new Dictionary<int, int>();
        foreach (var area in setup.Free.GroupBy(setup.AreaOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            SolveArea(setup, area.ToList(), placed);
        }

        return setup.Finish(placed);
    }

    private sealed record GroupKey(int VillageId, string Hamlet, Accounts.Gender Gender, int Level, bool WantsSameGender,
        string Language, int CurrentKaderId, int PreferredKaderId);

    private static void SolveArea(MatchSetup setup, List<MatchLearner> learners, Dictionary<int, int> placed)
    {
        var kader = setup.KaderNear(learners[0])
            .Where(k => k.IsActive && k.Capacity - setup.Used.GetValueOrDefault(k.Id) > 0)
            .ToList();
        if (kader.Count == 0)
        {
            return;
        }

        // Learners who would cost the same with every kader are interchangeable: one node for all of them.
        var groups = learners
            .GroupBy(l => new GroupKey(l.VillageId, l.Hamlet?.Trim().ToUpperInvariant() ?? "", l.Gender, l.Level,
                l.WantsSameGender, l.Language ?? "", l.CurrentKaderId ?? 0, l.PreferredKaderId ?? 0))
            .Select(g => g.ToList())
            .ToList();

        const int source = 0, sink = 1;
        var kaderNode = kader.Select((k, i) => (k, node: 2 + groups.Count + i)).ToDictionary(x => x.k.Id, x => x.node);
        var flow = new MinCostFlow(2 + groups.Count + kader.Count);
        var pairEdges = new List<(int Group, int KaderId, int Edge)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var size = groups[g].Count;
            var representative = groups[g][0];
            flow.AddEdge(source, 2 + g, size, 0);
            flow.AddEdge(2 + g, sink, size, MatchCosts.Unplaced);
            foreach (var k in kader)
            {
                if (setup.Check(representative, k) is null)
                {
                    var edge = flow.AddEdge(2 + g, kaderNode[k.Id], size, MatchCosts.PairCost(representative, k));
                    pairEdges.Add((g, k.Id, edge));
                }
            }
        }

        foreach (var k in kader)
        {
            for (var slot = setup.Used.GetValueOrDefault(k.Id) + 1; slot <= k.Capacity; slot++)
            {
                flow.AddEdge(kaderNode[k.Id], sink, 1, MatchCosts.SlotCost(slot, k.Capacity));
            }
        }

        flow.Run(source, sink, learners.Count);

        var next = new int[groups.Count];
        foreach (var (g, kaderId, edge) in pairEdges)
        {
            for (var units = flow.FlowOn(edge); units > 0; units--)
            {
                placed[groups[g][next[g]++].Id] = kaderId;
            }
        }
    }
}
