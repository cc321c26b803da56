using System.Diagnostics;
using System.Globalization;
using Learn.Core.Help;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

/// <summary>
/// Load benchmark for live help: N connections (N/2 learner-kader pairs) on loopback exchange
/// messages through the real help hub (stored in SQLite, checked, routed) and, in the same run,
/// through a bare echo hub. Usage: dotnet run -c Release -- [connections=2000] [rounds=3]
/// </summary>
public static class HelpLoadBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var connections = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var pairs = connections / 2;
        Console.WriteLine($"Live help load: {pairs * 2} connections ({pairs} pairs), {rounds} round trips per pair, {Environment.ProcessorCount} cores, WebSockets on loopback");

        // Baseline first: the bare echo hub.
        var (echoApp, echoHub) = await EchoHost.StartAsync();
        var echo = new LoadRun();
        var echoClients = Enumerable.Range(0, pairs * 2)
            .Select(i => LoadRun.Connect(new Uri($"{echoHub}?user={i}"), _ => { })).ToList();
        echoClients.ForEach(c => echo.Listen(c, help: false));
        var watch = Stopwatch.StartNew();
        await LoadRun.StartAllAsync(echoClients);
        var echoConnect = watch.Elapsed;
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, pairs).Select(async p =>
        {
            var (learner, kader) = (echoClients[2 * p], echoClients[(2 * p) + 1]);
            for (var r = 0; r < rounds; r++)
            {
                await echo.OneWayAsync(id => learner.InvokeAsync("Send", ((2 * p) + 1).ToString(CultureInfo.InvariantCulture), id, $"Tanya {r}"));
                await echo.OneWayAsync(id => kader.InvokeAsync("Send", (2 * p).ToString(CultureInfo.InvariantCulture), id, $"Jawab {r}"));
            }
        }));
        var echoResult = echo.Summarise("bare echo hub", echoClients.Count, echoConnect, watch.Elapsed);
        await Task.WhenAll(echoClients.Select(c => c.DisposeAsync().AsTask()));
        await echoApp.StopAsync();

        // The real help hub: each pair's learner asks, then learner and kader take turns.
        using var learn = new LearnHost();
        learn.UseKestrel(0);
        learn.StartServer();
        var cookies = await learn.SeedPairsAsync(pairs);
        var help = new LoadRun();
        var helpClients = cookies.SelectMany(c => new[] { c.Learner, c.Kader })
            .Select(cookie => LoadRun.Connect(learn.Hub, o => o.Headers["Cookie"] = cookie)).ToList();
        helpClients.ForEach(c => help.Listen(c, help: true));
        watch.Restart();
        await LoadRun.StartAllAsync(helpClients);
        var helpConnect = watch.Elapsed;
        var requests = new long[pairs];
        await Task.WhenAll(Enumerable.Range(0, pairs).Select(async p =>
        {
            var asked = await helpClients[2 * p].InvokeAsync<HelpResult<HelpRequestView>>("Ask", Guid.NewGuid().ToString("N"), "Halo, saya mau tanya", null, null, null);
            requests[p] = asked.Value?.Id ?? throw new InvalidOperationException(asked.Error);
        }));
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, pairs).Select(async p =>
        {
            var (learner, kader) = (helpClients[2 * p], helpClients[(2 * p) + 1]);
            for (var r = 0; r < rounds; r++)
            {
                await help.OneWayAsync(async id => Check(await learner.InvokeAsync<HelpResult<HelpMessageView>>("Send", requests[p], id, $"Tanya {r}")));
                await help.OneWayAsync(async id => Check(await kader.InvokeAsync<HelpResult<HelpMessageView>>("Send", requests[p], id, $"Jawab {r}")));
            }
        }));
        var helpResult = help.Summarise("help hub (stored, checked)", helpClients.Count, helpConnect, watch.Elapsed);
        await Task.WhenAll(helpClients.Select(c => c.DisposeAsync().AsTask()));

        Console.WriteLine();
        Console.WriteLine($"| hub | connections | messages | connect s | exchange s | msgs/s | p50 ms | p99 ms |");
        Console.WriteLine($"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in new[] { echoResult, helpResult })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Connections} | {r.Messages} | {r.Connect.TotalSeconds:0.0} | {r.Exchange.TotalSeconds:0.0} | {r.MessagesPerSecond:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| help / echo | | | | | {helpResult.MessagesPerSecond / echoResult.MessagesPerSecond:0.00}x | {helpResult.P50Ms / echoResult.P50Ms:0.0}x | {helpResult.P99Ms / echoResult.P99Ms:0.0}x |"));
        return 0;
    }

    private static void Check(HelpResult<HelpMessageView> result)
    {
        if (result.Value is null)
        {
            throw new InvalidOperationException($"Send refused: {result.ErrorCode} {result.Error}");
        }
    }
}
