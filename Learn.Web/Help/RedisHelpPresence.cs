using Learn.Core.Help;
using Learn.Web.Hosting;
using StackExchange.Redis;

namespace Learn.Web.Help;

/// <summary>
/// Presence shared by every node through Redis: per person a sorted set of the nodes they are connected
/// to, each scored with a lease expiry that this node renews while the connection lasts. A node that
/// dies stops renewing, so its people drop out within <see cref="Lease"/>. Leases run on the machines'
/// real clock, not the app's <see cref="TimeProvider"/> (tests move that one by hours). While Redis is
/// unreachable, this node's own connections answer, with a warning.
/// </summary>
public sealed class RedisHelpPresence(HelpPresence local, RedisConnection redis, ILogger<RedisHelpPresence> logger) : IHelpPresence, IHostedService, IDisposable
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Renew = TimeSpan.FromSeconds(15);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stopping = new();
    private Task? _renewing;
    private bool _disposed;

    public async Task<bool> ConnectedAsync(int accountId)
    {
        if (!local.Connected(accountId))
        {
            return false;
        }

        return await OrLocalAsync(async db =>
        {
            var key = Key(accountId);
            var elsewhere = await db.SortedSetLengthAsync(key, Now(), double.PositiveInfinity);
            await db.SortedSetAddAsync(key, _node, Expiry());
            await db.KeyExpireAsync(key, Lease);
            return elsewhere == 0;
        }, true);
    }

    public async Task<bool> DisconnectedAsync(int accountId)
    {
        if (!local.Disconnected(accountId))
        {
            return false;
        }

        return await OrLocalAsync(async db =>
        {
            var key = Key(accountId);
            await db.SortedSetRemoveAsync(key, _node);
            return await db.SortedSetLengthAsync(key, Now(), double.PositiveInfinity) == 0;
        }, true);
    }

    public async Task<IReadOnlySet<int>> OnlineAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default)
    {
        var here = await local.OnlineAsync(accountIds, ct);
        var others = accountIds.Where(id => !here.Contains(id)).Distinct().ToList();
        if (others.Count == 0)
        {
            return here;
        }

        return await OrLocalAsync(async db =>
        {
            var batch = db.CreateBatch();
            var now = Now();
            var counts = others.Select(id => (Id: id, Count: batch.SortedSetLengthAsync(Key(id), now, double.PositiveInfinity))).ToList();
            batch.Execute();
            await Task.WhenAll(counts.Select(c => c.Count));
            return (IReadOnlySet<int>)here.Concat(counts.Where(c => c.Count.Result > 0).Select(c => c.Id)).ToHashSet();
        }, here);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewing = RenewLoopAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>A node that stops takes its people out at once instead of leaving them online until the lease ends.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            // A host that failed to start is stopped again after its services were disposed.
            return;
        }

        await _stopping.CancelAsync();
        if (_renewing is not null)
        {
            await _renewing;
        }

        await OrLocalAsync(async db =>
        {
            await Task.WhenAll(local.Everyone.Select(id => db.SortedSetRemoveAsync(Key(id), _node)));
            return true;
        }, false);
    }

    /// <summary>Called once per registration (it is the presence and a hosted service), so only the first counts.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RenewLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Renew, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await OrLocalAsync(async db =>
                {
                    var expiry = Expiry();
                    await Task.WhenAll(local.Everyone.Select(async id =>
                    {
                        await db.SortedSetAddAsync(Key(id), _node, expiry);
                        await db.KeyExpireAsync(Key(id), Lease);
                    }));
                    return true;
                }, false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task<T> OrLocalAsync<T>(Func<IDatabase, Task<T>> work, T fallback)
    {
        try
        {
            return await work(redis.Database);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unreachable; help presence shows only the people connected to this node");
            return fallback;
        }
    }

    private RedisKey Key(int accountId) => $"{redis.Prefix}:presence:{accountId}";

    private static double Now() => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

    private static double Expiry() => TimeProvider.System.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds();
}
