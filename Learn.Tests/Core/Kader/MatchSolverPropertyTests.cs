using Learn.Core.Kader.Matching;

namespace Learn.Tests.Core.Kader;

/// <summary>Properties of the matcher checked on many random instances, each from its own seed.</summary>
public sealed class MatchSolverPropertyTests
{
    private const int Instances = 250;

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, 5));

    private static IEnumerable<MatchProblem> Problems(int batch)
    {
        for (var i = 0; i < Instances / 5; i++)
        {
            var seed = (batch * 1000) + i;
            var rng = new Random(seed);
            yield return RandomInstances.Create(rng, new RandomInstances.Shape(
                Villages: rng.Next(1, 7), Districts: rng.Next(1, 4), Kader: rng.Next(1, 12), Learners: rng.Next(1, 60),
                MaxCapacity: rng.Next(1, 9), WithCurrentPairs: rng.NextDouble() < 0.7, WithPins: rng.NextDouble() < 0.6,
                MayMoveShare: rng.NextDouble()));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoHardRuleIsEverBroken(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            var plan = MatchSolver.Solve(problem);
            Assert.True(plan.IsFeasible);
            var villages = problem.Villages.ToDictionary(v => v.Id);
            var kader = problem.Kader.ToDictionary(k => k.Id);
            foreach (var placement in plan.Placements.Values)
            {
                var learner = problem.Learners.Single(l => l.Id == placement.LearnerId);
                Assert.Null(MatchCosts.Check(learner, kader[placement.KaderId], villages));
                Assert.Equal(learner.VillageId != kader[placement.KaderId].VillageId, placement.IsNeighbourVillage);
            }

            foreach (var load in plan.Placements.Values.GroupBy(p => p.KaderId))
            {
                Assert.True(load.Count() <= kader[load.Key].Capacity, $"kader {load.Key} over capacity");
            }

            Assert.Equal(problem.Learners.Count, plan.Placements.Count + plan.Unplaced.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheCostIsNeverWorseThanGreedy(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            var optimal = MatchSolver.Solve(problem);
            var greedy = GreedyMatcher.Solve(problem);
            Assert.True(optimal.TotalCost <= greedy.TotalCost, $"optimal {optimal.TotalCost} > greedy {greedy.TotalCost}");
            Assert.True(optimal.Placements.Count >= greedy.Placements.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheSameInputGivesTheSameOutputInAnyOrder(int batch)
    {
        var shuffler = new Random(batch);
        foreach (var problem in Problems(batch))
        {
            var first = MatchSolver.Solve(problem);
            var again = MatchSolver.Solve(problem);
            var shuffled = MatchSolver.Solve(problem with
            {
                Kader = problem.Kader.OrderBy(_ => shuffler.Next()).ToList(),
                Learners = problem.Learners.OrderBy(_ => shuffler.Next()).ToList(),
                Villages = problem.Villages.Reverse().ToList(),
            });
            Assert.Equal(Flatten(first), Flatten(again));
            Assert.Equal(Flatten(first), Flatten(shuffled));
            Assert.Equal(first.TotalCost, shuffled.TotalCost);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PinnedPairsSurviveRebalancing(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            // A rebalance: everyone may move, except that pins hold.
            var rebalance = problem with { Learners = problem.Learners.Select(l => l with { MayMove = true }).ToList() };
            var plan = MatchSolver.Solve(rebalance);
            foreach (var pinned in rebalance.Learners.Where(l => l.IsPinned))
            {
                Assert.Equal(pinned.CurrentKaderId, plan.KaderOf(pinned.Id));
                Assert.True(plan.Placements[pinned.Id].IsPinned);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PairsThatStillHoldAreKeptWhenLearnersMayNotMove(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            var steady = problem with { Learners = problem.Learners.Select(l => l with { MayMove = false }).ToList() };
            var plan = MatchSolver.Solve(steady);
            var villages = steady.Villages.ToDictionary(v => v.Id);
            var kader = steady.Kader.ToDictionary(k => k.Id);
            var valid = steady.Learners.Where(l => l.CurrentKaderId is { } k && MatchCosts.Check(l, kader[k], villages) is null).ToList();
            foreach (var group in valid.GroupBy(l => l.CurrentKaderId!.Value).Where(g => g.Count() <= kader[g.Key].Capacity))
            {
                Assert.All(group, l => Assert.Equal(group.Key, plan.KaderOf(l.Id)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ANeighbourVillageIsUsedOnlyWhenNoKaderOfTheOwnVillageHasRoom(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            var open = problem with { Learners = problem.Learners.Select(l => l with { MayMove = true, IsPinned = false }).ToList() };
            var plan = MatchSolver.Solve(open);
            var villages = open.Villages.ToDictionary(v => v.Id);
            var loads = plan.Placements.Values.GroupBy(p => p.KaderId).ToDictionary(g => g.Key, g => g.Count());
            foreach (var placement in plan.Placements.Values.Where(p => p.IsNeighbourVillage))
            {
                var learner = open.Learners.Single(l => l.Id == placement.LearnerId);
                var roomAtHome = open.Kader.Where(k => k.VillageId == learner.VillageId && MatchCosts.Check(learner, k, villages) is null)
                    .Any(k => loads.GetValueOrDefault(k.Id) < k.Capacity);
                Assert.False(roomAtHome, $"learner {learner.Id} sent to a neighbour village while a kader at home had room");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryUnplacedLearnerGetsATrueReason(int batch)
    {
        foreach (var problem in Problems(batch))
        {
            var plan = MatchSolver.Solve(problem);
            var villages = problem.Villages.ToDictionary(v => v.Id);
            var loads = plan.Placements.Values.GroupBy(p => p.KaderId).ToDictionary(g => g.Key, g => g.Count());
            foreach (var (learnerId, reason) in plan.Unplaced)
            {
                var learner = problem.Learners.Single(l => l.Id == learnerId);
                var allowed = problem.Kader.Where(k => MatchCosts.Check(learner, k, villages) is null).ToList();
                if (reason.Code == UnplacedReason.AllFull)
                {
                    Assert.NotEmpty(allowed);
                    Assert.All(allowed, k => Assert.Equal(k.Capacity, loads.GetValueOrDefault(k.Id)));
                }
                else
                {
                    Assert.Empty(allowed);
                }
            }

            Assert.All(plan.Placements.Values, p => Assert.Contains(p.Reasons, r => r.Code == MatchReason.Load));
        }
    }

    [Fact]
    public void OnTinyInstancesTheCostEqualsTheBestOfEveryPossibleAssignment()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random(seed);
            var problem = RandomInstances.Create(rng, new RandomInstances.Shape(
                Villages: rng.Next(1, 3), Districts: 1, Kader: rng.Next(1, 4), Learners: rng.Next(1, 7), MaxCapacity: 3,
                WithCurrentPairs: rng.NextDouble() < 0.5, MayMoveShare: 1));
            var best = BruteForce(problem);
            Assert.Equal(best, MatchSolver.Solve(problem).TotalCost);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ARosterPreferenceBreaksNoRuleCostsNoPlacementAndStaysDeterministic(int batch)
    {
        var shuffler = new Random(batch);
        foreach (var problem in Problems(batch))
        {
            var rng = new Random(problem.Learners.Count * 31 + problem.Kader.Count);
            var wishing = problem with
            {
                Learners = problem.Learners.Select(l => rng.NextDouble() < 0.5 ? l with { PreferredKaderId = problem.Kader[rng.Next(problem.Kader.Count)].Id } : l)
                    .ToList(),
            };
            var without = MatchSolver.Solve(problem);
            var with = MatchSolver.Solve(wishing);
            Assert.Equal(without.IsFeasible, with.IsFeasible);
            if (!with.IsFeasible)
            {
                continue;
            }

            var villages = wishing.Villages.ToDictionary(v => v.Id);
            var kader = wishing.Kader.ToDictionary(k => k.Id);
            foreach (var placement in with.Placements.Values)
            {
                var learner = wishing.Learners.Single(l => l.Id == placement.LearnerId);
                Assert.Null(MatchCosts.Check(learner, kader[placement.KaderId], villages));
                Assert.Equal(learner.PreferredKaderId == placement.KaderId, placement.Reasons.Any(r => r.Code == MatchReason.Preferred));
            }

            Assert.All(with.Placements.Values.GroupBy(p => p.KaderId), g => Assert.True(g.Count() <= kader[g.Key].Capacity));
            // Wishes weigh below placing, staying at home and keeping pairs: those counts do not change.
            Assert.Equal(without.Placements.Count, with.Placements.Count);
            Assert.Equal(without.Placements.Values.Count(p => p.IsNeighbourVillage), with.Placements.Values.Count(p => p.IsNeighbourVillage));
            Assert.Equal(without.Placements.Values.Count(p => p.IsKept), with.Placements.Values.Count(p => p.IsKept));
            Assert.True(with.TotalCost <= GreedyMatcher.Solve(wishing).TotalCost);
            var shuffled = MatchSolver.Solve(wishing with
            {
                Kader = wishing.Kader.OrderBy(_ => shuffler.Next()).ToList(),
                Learners = wishing.Learners.OrderBy(_ => shuffler.Next()).ToList(),
            });
            Assert.Equal(Flatten(with), Flatten(shuffled));
        }
    }

    [Fact]
    public void TheKaderALearnerAskedForWinsOverSameHamletAndLanguage()
    {
        var home = new MatchVillage(1, "Sidomulyo", "Ngemplak");
        var near = new MatchKader(100, 1, "Krajan", Learn.Core.Accounts.Gender.Female, new HashSet<string> { "id", "jv" }, 8, 5, true);
        var chosen = new MatchKader(101, 1, "Ngasem", Learn.Core.Accounts.Gender.Female, new HashSet<string> { "id" }, 8, 5, true);
        var siti = new MatchLearner(1, 1, "Krajan", Learn.Core.Accounts.Gender.Female, 1, false, "jv", PreferredKaderId: 101);
        var settled = siti with { Id = 2, CurrentKaderId = 100 };

        var plan = MatchSolver.Solve(new MatchProblem([home], [near, chosen], [siti, settled]));

        Assert.Equal(101, plan.KaderOf(1));
        Assert.Contains(new MatchReason(MatchReason.Preferred), plan.Placements[1].Reasons);
        // A settled pair is not broken up for a wish.
        Assert.Equal(100, plan.KaderOf(2));
    }

    [Fact]
    public void PinsThatCannotAllHoldAreNamedAndNothingIsDecided()
    {
        var village = new MatchVillage(1, "Sidomulyo", "Ngemplak");
        var kader = new MatchKader(100, 1, "Krajan", Learn.Core.Accounts.Gender.Female, new HashSet<string> { "id" }, 2, 5, true);
        var learners = Enumerable.Range(1, 3)
            .Select(i => new MatchLearner(i, 1, "Krajan", Learn.Core.Accounts.Gender.Female, 1, false, null, 100, IsPinned: true))
            .ToList();

        var plan = MatchSolver.Solve(new MatchProblem([village], [kader], learners));

        Assert.False(plan.IsFeasible);
        Assert.Equal(3, plan.PinConflicts.Count);
        Assert.All(plan.PinConflicts, c => Assert.Equal(BrokenRule.OverCapacity, c.Rule));
        Assert.Empty(plan.Placements);
    }

    [Fact]
    public void APinThatBreaksTheSameGenderWishIsAConflict()
    {
        var village = new MatchVillage(1, "Sidomulyo", "Ngemplak");
        var kader = new MatchKader(100, 1, null, Learn.Core.Accounts.Gender.Male, new HashSet<string> { "id" }, 5, 5, true);
        var learner = new MatchLearner(1, 1, null, Learn.Core.Accounts.Gender.Female, 1, WantsSameGender: true, null, 100, IsPinned: true);

        var plan = MatchSolver.Solve(new MatchProblem([village], [kader], [learner]));

        Assert.Equal(BrokenRule.GenderWish, Assert.Single(plan.PinConflicts).Rule);
    }

    [Fact]
    public void AnAssignmentSaysWhyAndAnUnplacedLearnerSaysWhatIsMissing()
    {
        var home = new MatchVillage(1, "Sidomulyo", "Ngemplak");
        var female = new MatchKader(100, 1, "Krajan", Learn.Core.Accounts.Gender.Female, new HashSet<string> { "id", "jv" }, 8, 5, true);
        var male = new MatchKader(101, 1, "Ngasem", Learn.Core.Accounts.Gender.Male, new HashSet<string> { "id" }, 8, 5, true);
        var siti = new MatchLearner(1, 1, "Krajan", Learn.Core.Accounts.Gender.Female, 2, false, "jv");
        var full = female with { Capacity = 1 };
        var sri = new MatchLearner(2, 1, "Ngasem", Learn.Core.Accounts.Gender.Female, 1, WantsSameGender: true, null);

        var plan = MatchSolver.Solve(new MatchProblem([home], [female, male], [siti]));
        var crowded = MatchSolver.Solve(new MatchProblem([home], [full, male], [siti with { WantsSameGender = true }, sri]));

        var reasons = plan.Placements[1].Reasons;
        Assert.Equal(100, plan.Placements[1].KaderId);
        Assert.Contains(new MatchReason(MatchReason.SameHamlet, "Krajan"), reasons);
        Assert.Contains(new MatchReason(MatchReason.SharedLanguage, "jv"), reasons);
        Assert.Contains(new MatchReason(MatchReason.Load, "1/8"), reasons);
        var why = Assert.Single(crowded.Unplaced).Value;
        Assert.Equal(UnplacedReason.AllFull, why.Code);
        Assert.Equal(Learn.Core.Accounts.Gender.Female, why.Gender);
    }

    private static List<(int, int?)> Flatten(MatchPlan plan) =>
        plan.Placements.Keys.Concat(plan.Unplaced.Keys).Order().Select(id => (id, plan.KaderOf(id))).ToList();

    /// <summary>Tries every way to give each learner a kader or nobody, and returns the cheapest allowed total.</summary>
    private static long BruteForce(MatchProblem problem)
    {
        var villages = problem.Villages.ToDictionary(v => v.Id);
        var learners = problem.Learners.ToList();
        var choice = new Dictionary<int, int>();
        var loads = new Dictionary<int, int>();
        var best = long.MaxValue;
        void Walk(int i)
        {
            if (i == learners.Count)
            {
                best = Math.Min(best, MatchCosts.Total(problem, choice));
                return;
            }

            Walk(i + 1);
            foreach (var k in problem.Kader)
            {
                if (loads.GetValueOrDefault(k.Id) < k.Capacity && MatchCosts.Check(learners[i], k, villages) is null)
                {
                    choice[learners[i].Id] = k.Id;
                    loads[k.Id] = loads.GetValueOrDefault(k.Id) + 1;
                    Walk(i + 1);
                    loads[k.Id]--;
                    choice.Remove(learners[i].Id);
                }
            }
        }

        Walk(0);
        return best;
    }
}
