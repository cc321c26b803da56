using System.Globalization;

namespace Learn.Bench.Help;

/// <summary>
/// Load benchmark for live help against a bare echo hub, in the same run and the same process:
/// closed loop at the small and the large number of connections, then the open-loop busy evening at
/// the large number. Usage: dotnet run -c Release -- [small=200] [large=2000] [rounds=3] [evening seconds=30]
/// </summary>
public static class HelpLoadBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (small, large, rounds, evening) = (Arg(0, 200), Arg(1, 2000), Arg(2, 3), Arg(3, 30));
        Console.WriteLine($"Live help vs echo: {small} and {large} connections, {rounds} round trips, evening {evening} s; {Environment.ProcessorCount} cores, WebSockets on loopback");

        using var writer = new WriterStats();
        var results = new List<(Scenarios.Result Result, string Writer)>();
        foreach (var start in new Func<Task<IHubSide>>[] { async () => await EchoSide.StartAsync(), () => Task.FromResult<IHubSide>(new HelpSide()) })
        {
            await using var side = await start();
            await side.AddPairsAsync(small / 2);
            await RunAsync(() => Scenarios.ClosedLoopAsync(side, rounds));
            await side.AddPairsAsync((large - small) / 2);
            await RunAsync(() => Scenarios.ClosedLoopAsync(side, rounds));
            await RunAsync(() => Scenarios.OpenLoopAsync(side, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(evening)));
        }

        async Task RunAsync(Func<Task<Scenarios.Result>> scenario)
        {
            writer.TakeSnapshot();
            var result = await scenario();
            var (commits, perCommit, ms) = writer.TakeSnapshot();
            var stats = commits == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{commits} commits, {perCommit:0.0} writes/commit, {ms:0.0} ms/commit");
            results.Add((result, stats));
            Console.WriteLine(Row(result, stats));
        }

        Console.WriteLine();
        Console.WriteLine("| hub | scenario | connections | messages | msgs/s | p50 ms | p99 ms | CPU % | writer |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        results.ForEach(r => Console.WriteLine(Row(r.Result, r.Writer)));
        Console.WriteLine();
        Console.WriteLine("| scenario | connections | msgs/s help / echo | p50 help / echo | p99 help / echo |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var echo in results.Where(r => r.Result.Hub == "bare echo hub").Select(r => r.Result))
        {
            var help = results.Select(r => r.Result).Single(r => r.Hub != echo.Hub && r.Scenario == echo.Scenario && r.Connections == echo.Connections);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {echo.Scenario} | {echo.Connections} | {help.MessagesPerSecond / echo.MessagesPerSecond:0.00}x | {help.Percentile(0.5) / echo.Percentile(0.5):0.00}x | {help.Percentile(0.99) / echo.Percentile(0.99):0.00}x |"));
        }

        return 0;
    }

    private static string Row(Scenarios.Result r, string writer) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Hub} | {r.Scenario} | {r.Connections} | {r.LatenciesMs.Count} | {r.MessagesPerSecond:0} | {r.Percentile(0.5):0.0} | {r.Percentile(0.99):0.0} | {r.CpuPercent:0} | {writer} |");
}
