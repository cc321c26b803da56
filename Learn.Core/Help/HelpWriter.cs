using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Help;

/// <summary>
/// The one writer of live help (group commit). Senders queue their writes; the writer takes
/// everything pending and commits it in one transaction, then answers each sender. A sender hears
/// back only after COMMIT, so a message is stored before anyone is told, while many messages share
/// one disk sync (SQLite keeps synchronous=FULL). A conflict (the same client id stored meanwhile,
/// e.g. by another node) rolls the batch back and commits its writes one by one, each first reading
/// what is already stored. Likewise when another node changed a request first (its status, stage and
/// helper are concurrency tokens): that request is read afresh, so only the write that lost is refused.
/// The writer has a thread of its own: woken directly by the first write queued, not behind every hub call waiting in
/// the thread pool's queue, and SQLite's disk sync at COMMIT blocks it, not one of the pool's threads.
/// </summary>
public sealed class HelpWriter : IAsyncDisposable, IDisposable
{
    /// <summary>The meter for dotnet-counters and benchmarks: writes per commit and time per commit.</summary>
    public const string MeterName = "Learn.Help";

    /// <summary>The writer thread's name, so top -H, dotnet-counters and the help benchmark can tell its CPU from the rest of the process.</summary>
    public const string ThreadName = "HelpWriter";
    private const int MaxBatch = 256;
    private const int MaxConflictRetries = 3;
    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("learn.help.writes_per_commit");
    private static readonly Histogram<double> CommitTime = Meter.CreateHistogram<double>("learn.help.commit_duration", "ms");
    private static readonly Histogram<double> StageTime = Meter.CreateHistogram<double>("learn.help.commit_stage_duration", "ms");
    private readonly BlockingCollection<PendingHelpWrite> _queue = new(new ConcurrentQueue<PendingHelpWrite>());
    private readonly IServiceScopeFactory _scopes;
    private readonly IHelpLiveState _state;
    private readonly TimeProvider _time;
    private readonly Task _loop;

    public HelpWriter(IServiceScopeFactory scopes, IHelpLiveState state, TimeProvider time)
    {
        _scopes = scopes;
        _state = state;
        _time = time;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Queues a write; completes after its batch committed (or with the rule it broke). <paramref name="editing"/> names the request
    /// the write will edit, if known, so the batch reads all of its requests at once before applying any write.
    /// </summary>
    internal Task<T> WriteAsync<T>(Func<HelpWriteBatch, Task<T>> apply, HelpClientKey? key, long? editing, CancellationToken ct)
    {
        var write = new PendingHelpWrite<T>(apply, key, editing);
        try
        {
            _queue.Add(write, CancellationToken.None);
        }
        catch (InvalidOperationException) when (_queue.IsAddingCompleted)
        {
            throw new ObjectDisposedException(nameof(HelpWriter), "Live help is shutting down.");
        }

        // A caller that goes away stops waiting; the write still commits and a resend finds it.
        return write.Result.WaitAsync(ct);
    }

    /// <summary>On the writer's own thread: waits for a write, takes everything pending with it and commits; ends once disposal completed the queue.</summary>
    private void Run()
    {
        Thread.CurrentThread.Name = ThreadName;
        var batch = new List<PendingHelpWrite>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var write))
            {
                batch.Add(write);
            }

            // Blocking here is the point of the own thread; on SQLite the commit runs through synchronously anyway.
            CommitAsync(batch).GetAwaiter().GetResult();
            batch.Clear();
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingHelpWrite> writes)
    {
        try
        {
            await CommitOnceAsync(writes, readStored: false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            // Another node changed a request first: forget this node's copy and redo each write on a fresh read,
            // so the write that lost (a second claim) is refused alone and the others still commit.
            ForgetStale(e);
            foreach (var write in writes)
            {
                await CommitAloneAsync(write);
            }
        }
        catch (DbUpdateException)
        {
            foreach (var write in writes)
            {
                await CommitAloneAsync(write);
            }
        }
        catch (Exception e)
        {
            // The writer must keep running: the failure goes to every sender of the batch instead.
            foreach (var write in writes)
            {
                write.Fail(e);
            }
        }
    }

    private async Task CommitAloneAsync(PendingHelpWrite write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitOnceAsync([write], readStored: true);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < MaxConflictRetries)
            {
                // Lost the race again to a third change: read afresh and apply the rules once more.
                ForgetStale(e);
            }
            catch (Exception e)
            {
                write.Fail(e);
                return;
            }
        }
    }

    private void ForgetStale(DbUpdateConcurrencyException e) =>
        _state.Stale(e.Entries.Select(entry => entry.Entity).OfType<HelpRequest>().Select(r => r.Id).ToList());

    private async Task CommitOnceAsync(IReadOnlyList<PendingHelpWrite> writes, bool readStored)
    {
        var started = Stopwatch.GetTimestamp();
        var stage = started;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        var batch = new HelpWriteBatch(db, _state, _time.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (readStored)
        {
            await batch.LoadStoredAsync(writes.Select(w => w.Key).OfType<HelpClientKey>().ToList(), default);
        }

        // One read for the requests the writes name (on several nodes: one Redis round trip and at most one query), instead of one or two per write.
        await batch.ReadAheadAsync(writes.Select(w => w.Editing).OfType<long>().Distinct().ToList(), default);
        stage = Stage("begin", stage);
        foreach (var write in writes)
        {
            await write.ApplyAsync(batch, default);
        }

        stage = Stage("apply", stage);
        await batch.SaveRequestsAsync(default);
        stage = Stage("requests", stage);
        await batch.SaveMessagesAsync(default);
        stage = Stage("messages", stage);
        await transaction.CommitAsync();
        stage = Stage("commit", stage);
        BatchSize.Record(writes.Count);
        CommitTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        await batch.PublishAsync();
        foreach (var write in writes)
        {
            write.Complete();
        }

        Stage("publish", stage);
    }

    /// <summary>Where a commit's time goes (per stage, for profiling under load); returns the new stage's start.</summary>
    private static long Stage(string name, long since)
    {
        var now = Stopwatch.GetTimestamp();
        if (StageTime.Enabled)
        {
            StageTime.Record(Stopwatch.GetElapsedTime(since, now).TotalMilliseconds, new KeyValuePair<string, object?>("stage", name));
        }

        return now;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.CompleteAdding();
        await _loop;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }
}
