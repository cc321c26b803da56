using System.Diagnostics;
using System.Globalization;
using Learn.Core.Help;

namespace Learn.Bench.Help;

/// <summary>The two kinds of load: every pair as fast as it can (closed loop), and a busy evening (open loop, one message per pair every few seconds).</summary>
public static class Scenarios
{
    /// <summary>
    /// One measured row. <c>FirstRoundMs</c> (closed loop only) is each pair's first round trip of the row, in which a new pair's
    /// kader sends the first reply and takes the request; <c>Process</c> is what the process did meanwhile (garbage collection,
    /// the help writer thread's CPU).
    /// </summary>
    public sealed record Result(string Hub, string Scenario, int Connections, IReadOnlyList<double> LatenciesMs, TimeSpan Took, double CpuPercent,
        IReadOnlyList<double> FirstRoundMs, ProcessStats Process, string? SlowSeconds = null)
    {
        public double MessagesPerSecond => LatenciesMs.Count / Took.TotalSeconds;

        /// <summary>
        /// CPU milliseconds this process spent per message (servers and clients): unlike msg/s it hardly depends on the
        /// share of the cores the process got, so it is the number to compare on a loaded machine.
        /// </summary>
        public double CpuMsPerMessage => CpuPercent / 100 * Took.TotalMilliseconds * Environment.ProcessorCount / LatenciesMs.Count;

        public double Percentile(double p) => PercentileOf(LatenciesMs, p);

        /// <summary>The rounds after each pair's first: conversations already going, no first replies.</summary>
        public IReadOnlyList<double> LaterRoundsMs => FirstRoundMs.Count == 0 ? [] : LatenciesMs.Skip(FirstRoundMs.Count).ToList();
    }

    public static double PercentileOf(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>Garbage collections in a row (count and pause), bytes allocated per message, and the help writer thread's CPU per message.</summary>
    public sealed record ProcessStats(int Gen0, int Gen1, int Gen2, TimeSpan GcPause, double AllocatedKbPerMessage, double WriterCpuMsPerMessage,
        long MethodsCompiled, TimeSpan CompileTime);

    /// <summary>All pairs at once, learner and kader taking turns, each waiting for the other's message.</summary>
    public static Task<Result> ClosedLoopAsync(IHubSide side, int rounds) => MeasureAsync(side, $"closed loop, {rounds} round trips", async () =>
    {
        var all = await Task.WhenAll(Enumerable.Range(0, side.Pairs).Select(async p =>
        {
            var mine = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                mine.Add(await side.Deliveries.OneWayAsync(id => side.SendAsync(p, true, id, $"Tanya {r}")));
                mine.Add(await side.Deliveries.OneWayAsync(id => side.SendAsync(p, false, id, $"Jawab {r}")));
            }

            return mine;
        }));
        // First rounds first, so Result.LaterRoundsMs is the rest.
        var first = all.SelectMany(l => l.Take(2)).ToList();
        return (first.Concat(all.SelectMany(l => l.Skip(2))).ToList(), first, null);
    });

    /// <summary>
    /// Each pair sends one message every <paramref name="every"/> (learner, then kader), the pairs spread evenly over
    /// the interval, whether or not earlier messages have arrived. Delay counts from the planned send time.
    /// </summary>
    public static Task<Result> OpenLoopAsync(IHubSide side, TimeSpan every, TimeSpan duration) =>
        MeasureAsync(side, $"open loop, 1 msg / pair / {every.TotalSeconds:0} s for {duration.TotalSeconds:0} s", async () =>
        {
            var perPair = (int)(duration / every);
            var start = Stopwatch.GetTimestamp();
            var all = await Task.WhenAll(Enumerable.Range(0, side.Pairs).Select(async p =>
            {
                var offset = every * p / side.Pairs;
                var mine = new List<(double PlannedSeconds, double Ms)>();
                for (var k = 0; k < perPair; k++)
                {
                    var planned = offset + (every * k);
                    var wait = planned - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    var plannedAt = start + (long)(planned.TotalSeconds * Stopwatch.Frequency);
                    mine.Add((planned.TotalSeconds, await side.Deliveries.OneWayAsync(id => side.SendAsync(p, k % 2 == 0, id, $"Pesan {k}"), plannedAt)));
                }

                return mine;
            }));
            var sent = all.SelectMany(l => l).ToList();
            return (sent.Select(m => m.Ms).ToList(), new List<double>(), SlowSeconds(sent));
        });

    /// <summary>
    /// When in the row the slow messages were planned (whole seconds from its start, messages over <see cref="SlowMs"/> each):
    /// a tail from one stall of the process reads differently from one spread over the whole evening.
    /// </summary>
    private static string SlowSeconds(IReadOnlyList<(double PlannedSeconds, double Ms)> sent)
    {
        var slow = sent.Where(m => m.Ms > SlowMs).GroupBy(m => (int)m.PlannedSeconds).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"s{g.Key}: {g.Count()} (max {g.Max(m => m.Ms):0} ms)")).ToList();
        return slow.Count == 0 ? $"none over {SlowMs} ms" : $"over {SlowMs} ms by planned second: " + string.Join(", ", slow);
    }

    private const int SlowMs = 100;

    private static async Task<Result> MeasureAsync(IHubSide side, string scenario, Func<Task<(List<double> All, List<double> FirstRound, string? Slow)>> run)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var writerBefore = WriterThreadCpu();
        var (gen0, gen1, gen2, pause, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var (compiled, compiling) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var watch = Stopwatch.StartNew();
        var (latencies, firstRound, slow) = await run();
        var took = watch.Elapsed;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore) / (took * Environment.ProcessorCount) * 100;
        var stats = new ProcessStats(GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - pause,
            (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / latencies.Count, (WriterThreadCpu() - writerBefore).TotalMilliseconds / latencies.Count,
            System.Runtime.JitInfo.GetCompiledMethodCount() - compiled, System.Runtime.JitInfo.GetCompilationTime() - compiling);
        return new Result(side.Name, scenario, side.Pairs * 2, latencies, took, cpu, firstRound, stats, slow);
    }

    /// <summary>
    /// CPU time of the help writer's own thread (named <see cref="HelpWriter.ThreadName"/>), from Linux's /proc; zero elsewhere and for echo.
    /// It separates the writer's share of a message from the hub, SignalR and the clients.
    /// </summary>
    private static TimeSpan WriterThreadCpu()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return TimeSpan.Zero;
        }

        var ticks = 0L;
        foreach (var thread in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(thread, "comm")).Trim() == HelpWriter.ThreadName)
                {
                    // Fields after the ")" of the name: utime and stime are the 12th and 13th, in clock ticks of 10 ms.
                    var fields = File.ReadAllText(Path.Combine(thread, "stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
