using System.Collections.Concurrent;
using System.Diagnostics;
using Learn.Core.Help;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

/// <summary>
/// Pairs of connections playing ping-pong: each one-way message is timed from the moment the
/// sender invokes the hub to the moment the other side's handler runs.
/// </summary>
public sealed class LoadRun
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new();
    private readonly ConcurrentBag<double> _latenciesMs = [];

    public sealed record Result(string Name, int Connections, int Messages, TimeSpan Connect, TimeSpan Exchange, double P50Ms, double P99Ms)
    {
        public double MessagesPerSecond => Messages / Exchange.TotalSeconds;
    }

    public static HubConnection Connect(Uri hub, Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder().WithUrl(hub, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            configure(o);
        }).Build();

    /// <summary>Registers the receiving side: the other end's message completes its timer.</summary>
    public void Listen(HubConnection connection, bool help)
    {
        if (help)
        {
            connection.On<HelpMessageView>("MessageReceived", m => Complete(m.ClientId));
            connection.On<HelpRequestView>("RequestChanged", _ => { });
            connection.On<int, bool>("PresenceChanged", (_, _) => { });
        }
        else
        {
            connection.On<string, string>("MessageReceived", (clientId, _) => Complete(clientId));
        }
    }

    private void Complete(string clientId)
    {
        if (_pending.TryRemove(clientId, out var done))
        {
            done.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Sends one message and waits until the other side has it; records the delay.</summary>
    public async Task OneWayAsync(Func<string, Task> send)
    {
        var clientId = Guid.NewGuid().ToString("N");
        var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[clientId] = arrived;
        var start = Stopwatch.GetTimestamp();
        await send(clientId);
        var end = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
        _latenciesMs.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
    }

    public Result Summarise(string name, int connections, TimeSpan connect, TimeSpan exchange)
    {
        var sorted = _latenciesMs.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Result(name, connections, sorted.Length, connect, exchange, Percentile(0.50), Percentile(0.99));
    }

    /// <summary>Starts connections a batch at a time, so the set-up does not become a connection storm.</summary>
    public static async Task StartAllAsync(IReadOnlyList<HubConnection> connections, int batch = 100)
    {
        foreach (var chunk in connections.Chunk(batch))
        {
            await Task.WhenAll(chunk.Select(c => c.StartAsync()));
        }
    }
}
