using System.Diagnostics;

namespace Learn.Bench.Help;

/// <summary>The two kinds of load: every pair as fast as it can (closed loop), and a busy evening (open loop, one message per pair every few seconds).</summary>
public static class Scenarios
{
    public sealed record Result(string Hub, string Scenario, int Connections, IReadOnlyList<double> LatenciesMs, TimeSpan Took, double CpuPercent)
    {
        public double MessagesPerSecond => LatenciesMs.Count / Took.TotalSeconds;

        /// <summary>
        /// CPU milliseconds this process spent per message (servers and clients): unlike msg/s it hardly depends on the
        /// share of the cores the process got, so it is the number to compare on a loaded machine.
        /// </summary>
        public double CpuMsPerMessage => CpuPercent / 100 * Took.TotalMilliseconds * Environment.ProcessorCount / LatenciesMs.Count;

        public double Percentile(double p)
        {
            var sorted = LatenciesMs.Order().ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }
    }

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
        return all.SelectMany(l => l).ToList();
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
                var mine = new List<double>();
                for (var k = 0; k < perPair; k++)
                {
                    var planned = offset + (every * k);
                    var wait = planned - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait);
                    }

                    var plannedAt = start + (long)(planned.TotalSeconds * Stopwatch.Frequency);
                    mine.Add(await side.Deliveries.OneWayAsync(id => side.SendAsync(p, k % 2 == 0, id, $"Pesan {k}"), plannedAt));
                }

                return mine;
            }));
            return all.SelectMany(l => l).ToList();
        });

    private static async Task<Result> MeasureAsync(IHubSide side, string scenario, Func<Task<List<double>>> run)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var latencies = await run();
        var took = watch.Elapsed;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore) / (took * Environment.ProcessorCount) * 100;
        return new Result(side.Name, scenario, side.Pairs * 2, latencies, took, cpu);
    }
}
