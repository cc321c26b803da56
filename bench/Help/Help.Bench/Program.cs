using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Learn.Bench.Help;

/// <summary>
/// Load benchmark for live help against a bare echo hub, in the same run and the same process:
/// closed loop at the small and the large number of connections, then the open-loop busy evening at
/// the large number: the echo hub, one node on SQLite, and (when PostgreSQL and Redis are given, see
/// <see cref="Province"/>) two nodes on PostgreSQL + Redis with every learner on one node and their kader on the other.
/// Usage: dotnet run -c Release -- [small=200] [large=2000] [rounds=20] [evening seconds=30]; a closed-loop row has at least
/// <see cref="MinMessagesPerRow"/> messages (more rounds at few connections), so its p99 is not the tail of a fraction of a second.
/// </summary>
public static class HelpLoadBenchmark
{
    private const int WarmUpPairs = 50;
    private const int MinMessagesPerRow = 20_000;
    private const int WarmUpLoops = 2;
    private const int WarmUpSets = 3;

    public static async Task<int> Main(string[] args)
    {
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var (small, large, rounds, evening) = (Arg(0, 200), Arg(1, 2000), Arg(2, 20), Arg(3, 30));
        Console.WriteLine($"Live help vs echo: {small} and {large} connections, {rounds} round trips, evening {evening} s; {Environment.ProcessorCount} cores, WebSockets on loopback");
        Console.WriteLine($"Load average before: {LoadAverage()}");
        var province = Province.FromEnvironment();
        var diagnose = Environment.GetEnvironmentVariable("LEARN_BENCH_DIAGNOSE") == "1";
        // LEARN_BENCH_ONLY: "help" leaves the echo hub out (profiling live help alone: no ratios); "two-nodes" also the one-node runs.
        var only = Environment.GetEnvironmentVariable("LEARN_BENCH_ONLY");
        var sides = new List<Func<Task<IHubSide>>>();
        if (only is null)
        {
            sides.Add(async () => await EchoSide.StartAsync());
        }

        if (only != "two-nodes")
        {
            sides.Add(() => Task.FromResult<IHubSide>(HelpSide.OneNode()));
            if (diagnose)
            {
                sides.Add(() => Task.FromResult<IHubSide>(HelpSide.OneNode(withoutDiskSync: true)));
            }
        }

        if (province is not null)
        {
            sides.Add(async () => await HelpSide.TwoNodesAsync(province));
            if (diagnose)
            {
                sides.Add(async () => await HelpSide.TwoNodesAsync(province, perNodeHelpState: true));
            }
        }
        else
        {
            Console.WriteLine("No LEARN_BENCH_POSTGRES / LEARN_BENCH_REDIS (or LEARN_TEST_*): the two-node run is left out.");
        }

        using var writer = new WriterStats();
        var results = new List<(Scenarios.Result Result, string Writer)>();
        foreach (var start in sides)
        {
            await using var side = await start();
            await WarmUpAsync(side);
            await side.AddPairsAsync(small / 2);
            await RunAsync(() => Scenarios.ClosedLoopAsync(side, RoundsAt(small)));
            await side.AddPairsAsync((large - small) / 2);
            await RunAsync(() => Scenarios.ClosedLoopAsync(side, RoundsAt(large)));
            if (evening > 0)
            {
                await RunAsync(() => Scenarios.OpenLoopAsync(side, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(evening)));
            }
        }

        // Each round trip is two messages per pair, one per connection.
        int RoundsAt(int connections) => Math.Max(rounds, (MinMessagesPerRow + connections - 1) / connections);

        // A running server is warm: its code is compiled and tiered up long before an evening's load. Without this the
        // first measured row also times the JIT compiling each hub's code on first use, far more code for live help than
        // for echo. Separate pairs, dropped afterwards, so every measured pair still has its first message and first reply.
        // Several sets of pairs, so a first reply (the request changing hands) is as warm as a later message: tiering up
        // takes two rounds of 30 calls, each followed by a background compile.
        static async Task WarmUpAsync(IHubSide side)
        {
            for (var set = 0; set < WarmUpSets; set++)
            {
                await side.AddPairsAsync(WarmUpPairs);
                for (var i = 0; i < WarmUpLoops; i++)
                {
                    await Scenarios.ClosedLoopAsync(side, 10);
                }

                await side.DropPairsAsync();
                await SettleAsync();
            }
        }

        // Tiered compilation finishes its background work (recompiling what the warm-up or connecting the pairs made hot) before
        // a row is timed: a settled process, as on a server that has run all day. The row prints what was compiled during it all the same.
        static async Task SettleAsync()
        {
            var quiet = Stopwatch.StartNew();
            var deadline = Stopwatch.StartNew();
            var compiled = JitInfo.GetCompiledMethodCount();
            while (quiet.Elapsed < TimeSpan.FromSeconds(1) && deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100);
                if (JitInfo.GetCompiledMethodCount() != compiled)
                {
                    compiled = JitInfo.GetCompiledMethodCount();
                    quiet.Restart();
                }
            }
        }

        async Task RunAsync(Func<Task<Scenarios.Result>> scenario)
        {
            await SettleAsync();
            writer.TakeSnapshot();
            var result = await scenario();
            var (commits, perCommit, ms, stages) = writer.TakeSnapshot();
            var stats = commits == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{commits} commits, {perCommit:0.0} writes/commit, {ms:0.0} ms/commit");
            results.Add((result, stats));
            Console.WriteLine(Row(result, stats));
            Console.WriteLine(Details(result));
            if (commits > 0)
            {
                Console.WriteLine($"  writer ms per write by stage: {stages}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| hub | scenario | connections | messages | msgs/s | p50 ms | p99 ms | CPU % | CPU ms/msg | writer |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        results.ForEach(r => Console.WriteLine(Row(r.Result, r.Writer)));
        Console.WriteLine();
        Console.WriteLine("| hub | scenario | connections | msgs/s help / echo | p50 help / echo | p99 help / echo | p99 later rounds help / echo | CPU per msg help / echo |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var all = results.Select(r => r.Result).ToList();
        foreach (var help in all.Where(r => r.Hub != EchoSide.HubName))
        {
            if (SameRow(all, help, EchoSide.HubName) is not { } echo)
            {
                continue;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {help.Hub} | {echo.Scenario} | {echo.Connections} | {help.MessagesPerSecond / echo.MessagesPerSecond:0.00}x | {help.Percentile(0.5) / echo.Percentile(0.5):0.00}x | {help.Percentile(0.99) / echo.Percentile(0.99):0.00}x | {LaterRoundsRatio(help, echo)} | {help.CpuMsPerMessage / echo.CpuMsPerMessage:0.00}x |"));
        }

        var two = all.Where(r => r.Hub is HelpSide.TwoNodesName or HelpSide.TwoNodesPerNodeStateName).ToList();
        if (two.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| hub | scenario | connections | msgs/s / 1 node | p50 / 1 node | p99 / 1 node |");
            Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var t in two)
            {
                if (SameRow(all, t, HelpSide.OneNodeName) is not { } o)
                {
                    continue;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {t.Hub} | {t.Scenario} | {t.Connections} | {t.MessagesPerSecond / o.MessagesPerSecond:0.00}x | {t.Percentile(0.5) / o.Percentile(0.5):0.00}x | {t.Percentile(0.99) / o.Percentile(0.99):0.00}x |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// The row of <paramref name="hub"/> that ran as <paramref name="row"/> did: same scenario and connections, and the same turn
    /// among such rows (with equal small and large counts, `200 200`, each side has two 200-connection closed loops).
    /// </summary>
    private static Scenarios.Result? SameRow(List<Scenarios.Result> rows, Scenarios.Result row, string hub)
    {
        bool Like(Scenarios.Result r) => r.Scenario == row.Scenario && r.Connections == row.Connections;
        var turn = rows.Where(r => r.Hub == row.Hub && Like(r)).ToList().IndexOf(row);
        return rows.Where(r => r.Hub == hub && Like(r)).ElementAtOrDefault(turn);
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages (Linux), to read beside the numbers.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string LaterRoundsRatio(Scenarios.Result help, Scenarios.Result echo) =>
        help.LaterRoundsMs.Count == 0 || echo.LaterRoundsMs.Count == 0
            ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{Scenarios.PercentileOf(help.LaterRoundsMs, 0.99) / Scenarios.PercentileOf(echo.LaterRoundsMs, 0.99):0.00}x");

    /// <summary>Under each row: the first round against the later ones (closed loop), garbage collection, and the writer thread's CPU.</summary>
    private static string Details(Scenarios.Result r)
    {
        var rounds = r.FirstRoundMs.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture,
            $"first round p50 {Scenarios.PercentileOf(r.FirstRoundMs, 0.5):0.0} / p99 {Scenarios.PercentileOf(r.FirstRoundMs, 0.99):0.0} ms, later rounds p50 {Scenarios.PercentileOf(r.LaterRoundsMs, 0.5):0.0} / p99 {Scenarios.PercentileOf(r.LaterRoundsMs, 0.99):0.0} ms; ");
        var p = r.Process;
        return string.Create(CultureInfo.InvariantCulture,
            $"  {rounds}GC gen0/1/2 {p.Gen0}/{p.Gen1}/{p.Gen2}, paused {p.GcPause.TotalMilliseconds:0} ms, {p.AllocatedKbPerMessage:0.0} KB allocated a message; writer thread {p.WriterCpuMsPerMessage:0.000} CPU ms a message; JIT {p.MethodsCompiled} methods in {p.CompileTime.TotalMilliseconds:0} ms{(r.SlowSeconds is { } slow ? "; " + slow : string.Empty)}");
    }

    private static string Row(Scenarios.Result r, string writer) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Hub} | {r.Scenario} | {r.Connections} | {r.LatenciesMs.Count} | {r.MessagesPerSecond:0} | {r.Percentile(0.5):0.0} | {r.Percentile(0.99):0.0} | {r.CpuPercent:0} | {r.CpuMsPerMessage:0.00} | {writer} |");
}
