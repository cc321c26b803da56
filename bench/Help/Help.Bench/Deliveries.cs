using System.Collections.Concurrent;
using System.Diagnostics;

namespace Learn.Bench.Help;

/// <summary>Times one-way messages: from the moment a message is (or was meant to be) sent to the moment the other side's handler runs.</summary>
public sealed class Deliveries
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new();

    /// <summary>What the side can tell of a message that did not arrive (live help: what is stored), for the error.</summary>
    public Func<string, Task<string>>? Explain { get; set; }

    public void Arrived(string clientId)
    {
        if (_pending.TryRemove(clientId, out var done))
        {
            done.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Sends and waits for the other side; the delay counts from <paramref name="from"/> (open loop: the planned send time).</summary>
    public async Task<double> OneWayAsync(Func<string, Task> send, long? from = null)
    {
        var clientId = Guid.NewGuid().ToString("N");
        var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[clientId] = arrived;
        var start = from ?? Stopwatch.GetTimestamp();
        await send(clientId);
        try
        {
            var end = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
        }
        catch (TimeoutException e)
        {
            // The client id finds the message in the database: stored but not delivered, or never stored.
            var known = Explain is null ? string.Empty : " " + await Explain(clientId);
            throw new TimeoutException($"Message {clientId} was sent but did not arrive within 60 s.{known}", e);
        }
    }
}
