using System.Diagnostics;
using System.Globalization;
using Learn.Core.Kader.Matching;
using Learn.Tests.Core.Kader;

// 10,000 learners and 500 kader across 50 villages in 10 districts, solved optimally and greedily
// on the same instance in the same run. Times are the median of several runs after a warm-up.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var scenarios = new (string Name, RandomInstances.Shape Shape)[]
{
    ("fresh (nobody assigned yet)", new(50, 10, 500, 10_000, 30)),
    ("steady (existing pairs, some kader gone, pins)", new(50, 10, 500, 10_000, 30, WithCurrentPairs: true, WithPins: true)),
    ("rebalance (existing pairs, everyone may move)", new(50, 10, 500, 10_000, 30, WithCurrentPairs: true, WithPins: true, MayMoveShare: 1)),
};

Console.WriteLine($"runs per scenario: {runs} (+1 warm-up); {Environment.ProcessorCount} cores; .NET {Environment.Version}");
Console.WriteLine("| scenario | optimal ms (median) | greedy ms (median) | time ratio | placed optimal / greedy | neighbour-village optimal / greedy | cost ratio optimal/greedy |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var (name, shape) in scenarios)
{
    var problem = RandomInstances.Create(new Random(20261127), shape);
    var optimalTimes = new List<double>();
    var greedyTimes = new List<double>();
    MatchPlan optimal = null!, greedy = null!;
    for (var i = 0; i <= runs; i++)
    {
        var watch = Stopwatch.StartNew();
        optimal = MatchSolver.Solve(problem);
        var optimalMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        greedy = GreedyMatcher.Solve(problem);
        var greedyMs = watch.Elapsed.TotalMilliseconds;
        if (i > 0)
        {
            optimalTimes.Add(optimalMs);
            greedyTimes.Add(greedyMs);
        }
    }

    var o = Median(optimalTimes);
    var g = Median(greedyTimes);
    var neighbourOptimal = optimal.Placements.Values.Count(p => p.IsNeighbourVillage);
    var neighbourGreedy = greedy.Placements.Values.Count(p => p.IsNeighbourVillage);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {o:F0} | {g:F0} | {o / g:F1}x | {optimal.Placements.Count} / {greedy.Placements.Count} | {neighbourOptimal} / {neighbourGreedy} | {(double)optimal.TotalCost / greedy.TotalCost:F4} |"));
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
