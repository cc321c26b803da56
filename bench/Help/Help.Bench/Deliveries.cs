using System.Collections.Concurrent;
using System.Diagnostics;

namespace Learn.Bench.Help;

/// <summary>Times one-way messages: from the moment a message is (or was meant to be) sent to the moment the other side's handler runs.</summary>
public sealed class Deliveries
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new();

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
        var end = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
    }
}
