using System.Threading.RateLimiting;
using Learn.Web.Hosting;
using StackExchange.Redis;

namespace Learn.Web.Accounts;

/// <summary>
/// One client's sign-in attempts counted in Redis, so the limit holds across every node: one atomic
/// INCR, with the window's expiry set by the attempt that opened it (a window starts at its first
/// attempt and lasts <c>window</c>). While Redis is unreachable this node counts alone (as with one
/// node), with a warning.
/// </summary>
public sealed class RedisWindowRateLimiter(
    RedisConnection redis, string client, int permits, TimeSpan window, ILogger logger) : RateLimiter
{
    private const string CountScript =
        "local n = redis.call('INCRBY', KEYS[1], ARGV[1]) if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return n";

    private readonly RedisKey _key = $"{redis.Prefix}:signin:{client}";
    private readonly FixedWindowRateLimiter _alone = new(new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    private long _lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // Never counts: blocking a thread on Redis starved the pool under parallel sign-ins until calls timed out
    // and fell back to counting per node. The rate-limiting middleware asks AcquireAsync when this says no,
    // so each request is counted once, asynchronously.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Lease.Granted : Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        try
        {
            var counted = (long)await redis.Database.ScriptEvaluateAsync(CountScript, [_key], [permitCount, (long)window.TotalMilliseconds]);
            return counted <= permits ? Lease.Granted : Lease.Refused;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis is unreachable; the sign-in rate limit is counted on this node alone until it answers again");
            return _alone.AttemptAcquire(permitCount);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _alone.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);

        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
