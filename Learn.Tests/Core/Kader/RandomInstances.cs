using Learn.Core.Accounts;
using Learn.Core.Kader.Matching;

namespace Learn.Tests.Core.Kader;

/// <summary>
/// Random matching problems from a seeded <see cref="Random"/>, shared by the property tests and
/// the benchmark: villages grouped into districts, kader and learners with every attribute the
/// rules look at, optionally with existing pairs (some broken) and pins that can hold.
/// </summary>
public static class RandomInstances
{
    private static readonly string[] Hamlets = ["Krajan", "Ngasem", "Sendang", "Kulon"];
    private static readonly string[] Languages = ["id", "jv", "su"];

    public sealed record Shape(int Villages, int Districts, int Kader, int Learners, int MaxCapacity,
        bool WithCurrentPairs = false, bool WithPins = false, double MayMoveShare = 0);

    public static MatchProblem Create(Random rng, Shape shape)
    {
        var villages = Enumerable.Range(1, shape.Villages)
            .Select(i => new MatchVillage(i, $"Desa {i}", $"district {i % shape.Districts}"))
            .ToList();
        var kader = Enumerable.Range(1, shape.Kader).Select(i =>
        {
            var languages = new HashSet<string> { "id" };
            if (rng.NextDouble() < 0.5)
            {
                languages.Add(Languages[rng.Next(1, Languages.Length)]);
            }

            return new MatchKader(10_000 + i, rng.Next(1, shape.Villages + 1), Hamlets[rng.Next(Hamlets.Length)],
                rng.NextDouble() < 0.6 ? Gender.Female : Gender.Male, languages, rng.Next(1, shape.MaxCapacity + 1),
                rng.Next(2, 6), rng.NextDouble() < 0.92);
        }).ToList();
        var learners = Enumerable.Range(1, shape.Learners).Select(i => new MatchLearner(
            i, rng.Next(1, shape.Villages + 1), rng.NextDouble() < 0.9 ? Hamlets[rng.Next(Hamlets.Length)] : null,
            rng.NextDouble() < 0.65 ? Gender.Female : Gender.Male, rng.Next(1, 6), rng.NextDouble() < 0.25,
            rng.NextDouble() < 0.35 ? Languages[rng.Next(Languages.Length)] : null)).ToList();
        var problem = new MatchProblem(villages, kader, learners);
        if (!shape.WithCurrentPairs)
        {
            return problem;
        }

        // Existing pairs from an earlier greedy run, then the world moves on: some kader leave or take fewer.
        var earlier = GreedyMatcher.Solve(problem);
        kader = kader.Select(k => rng.NextDouble() switch
        {
            < 0.08 => k with { IsActive = false },
            < 0.16 => k with { Capacity = Math.Max(1, k.Capacity - 2) },
            _ => k,
        }).ToList();
        var pinsLeft = kader.ToDictionary(k => k.Id, k => k.Capacity);
        var byId = kader.ToDictionary(k => k.Id);
        var villageMap = villages.ToDictionary(v => v.Id);
        learners = learners.Select(l =>
        {
            var current = earlier.KaderOf(l.Id);
            var pin = shape.WithPins && current is { } c && rng.NextDouble() < 0.2
                && MatchCosts.Check(l, byId[c], villageMap) is null && pinsLeft[c] > 0;
            if (pin)
            {
                pinsLeft[current!.Value]--;
            }

            return l with { CurrentKaderId = current, IsPinned = pin, MayMove = rng.NextDouble() < shape.MayMoveShare };
        }).ToList();
        return new MatchProblem(villages, kader, learners);
    }
}
