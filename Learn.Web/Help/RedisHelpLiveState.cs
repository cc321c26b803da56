using System.Collections.Concurrent;
using Learn.Core.Help;
using Learn.Core.Storage;
using Learn.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Learn.Web.Help;

/// <summary>
/// The live help state of one node among several. Each node keeps its own copies of requests and village
/// queues, each tagged with the version it had in Redis when it was read: every commit bumps the version
/// of its requests and villages in Redis before the writer answers its senders, and a copy is used only
/// while its version is still the one in Redis, so a claim, transfer or close committed on any node is
/// seen on every node from the moment its sender hears back (one Redis read per use, no database read).
/// Copies are not installed from this node's own commits that change a rule's inputs: two nodes may commit the
/// same request, and only the database holds both changes, so the next use reads it back. A commit that only
/// moves LastActivityAt (a conversation's message once a minute: no rule reads it) bumps no version, and
/// this node keeps its copy, so the next message of that conversation needs no database read.
/// A shared epoch, replaced when a node could not bump a version (Redis was away) or a learner's data is
/// deleted, and lost when Redis restarts, invalidates every copy at once. While Redis is unreachable the
/// node reads from the database each time (correct, slower) and logs a warning.
/// Names (five minutes) and each sender's send window (the message rate limit) stay per node.
/// </summary>
public sealed class RedisHelpLiveState : IHelpLiveState
{
    private const int KeepRequests = 50_000;
    private const string EpochField = "epoch";
    private const string BumpScript = "for i = 1, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end return #ARGV";
    private readonly InMemoryHelpLiveState _perNode;
    private readonly RedisConnection _redis;
    private readonly ILogger<RedisHelpLiveState> _logger;
    private readonly RedisKey _versions;
    private readonly ConcurrentDictionary<long, (Tag Tag, HelpRequest Request)> _requests = new();
    private readonly ConcurrentDictionary<int, (Tag Tag, long[] Waiting)> _queues = new();
    private int _owesNewEpoch;
    private int _unreachable;

    public RedisHelpLiveState(TimeProvider time, RedisConnection redis, ILogger<RedisHelpLiveState> logger)
    {
        _perNode = new InMemoryHelpLiveState(time);
        _redis = redis;
        _logger = logger;
        _versions = $"{redis.Prefix}:help:versions";
    }

    public async ValueTask<HelpRequest?> RequestAsync(LearnDbContext db, long requestId, CancellationToken ct = default)
    {
        var tag = await TagAsync(RequestField(requestId));
        if (tag is { } current && _requests.TryGetValue(requestId, out var known) && known.Tag == current)
        {
            return known.Request;
        }

        var loaded = await db.HelpRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (tag is { } read && loaded is not null)
        {
            // Read after its version: the copy holds at least every commit up to that version.
            _requests[requestId] = (read, loaded);
            TrimRequests();
        }

        return loaded;
    }

    /// <summary>One Redis read for all the versions, then one query for the copies that are missing or out of date.</summary>
    public async ValueTask<IReadOnlyDictionary<long, HelpRequest>> RequestsAsync(LearnDbContext db, IReadOnlyCollection<long> requestIds, CancellationToken ct = default)
    {
        var ids = requestIds.Distinct().ToList();
        var tags = await TagsAsync(ids.Select(RequestField).ToList());
        var found = new Dictionary<long, HelpRequest>();
        // The ids to read from the database, each with the version read for it (none when Redis could not say).
        var missing = new Dictionary<long, Tag?>();
        for (var i = 0; i < ids.Count; i++)
        {
            var tag = tags?[i];
            if (tag is { } current && _requests.TryGetValue(ids[i], out var known) && known.Tag == current)
            {
                found[ids[i]] = known.Request;
            }
            else
            {
                missing[ids[i]] = tag;
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var missingIds = missing.Keys.ToList();
        foreach (var loaded in await db.HelpRequests.AsNoTracking().Where(r => missingIds.Contains(r.Id)).ToListAsync(ct))
        {
            found[loaded.Id] = loaded;
            if (missing[loaded.Id] is { } read)
            {
                // Read after its version, as in RequestAsync.
                _requests[loaded.Id] = (read, loaded);
            }
        }

        TrimRequests();
        return found;
    }

    public async ValueTask<int?> QueuePositionAsync(LearnDbContext db, HelpRequest request, CancellationToken ct = default)
    {
        if (request.Status != HelpStatus.Waiting)
        {
            return null;
        }

        var tag = await TagAsync(VillageField(request.VillageId));
        long[] waiting;
        if (tag is { } current && _queues.TryGetValue(request.VillageId, out var known) && known.Tag == current)
        {
            waiting = known.Waiting;
        }
        else
        {
            waiting = (await db.HelpRequests.AsNoTracking()
                .Where(r => r.VillageId == request.VillageId && r.Status == HelpStatus.Waiting).Select(r => r.Id).ToListAsync(ct)).Order().ToArray();
            if (tag is { } read)
            {
                _queues[request.VillageId] = (read, waiting);
            }
        }

        var before = Array.BinarySearch(waiting, request.Id);
        return (before >= 0 ? before : ~before) + 1;
    }

    public ValueTask<int> SentSinceAsync(LearnDbContext db, int senderId, DateTimeOffset since, CancellationToken ct = default) =>
        _perNode.SentSinceAsync(db, senderId, since, ct);

    public ValueTask<IReadOnlyDictionary<int, string>> NamesAsync(LearnDbContext db, IEnumerable<int> accountIds, CancellationToken ct = default) =>
        _perNode.NamesAsync(db, accountIds, ct);

    /// <summary>
    /// On the writer's thread, after COMMIT and before any sender hears back: the versions move on in Redis first,
    /// so whatever a sender does next, on whichever node, sees this commit.
    /// </summary>
    public async ValueTask CommittedAsync(IReadOnlyCollection<HelpRequest> requests, IReadOnlyDictionary<long, HelpRequest> activityOnlyFrom,
        IReadOnlyCollection<HelpMessage> messages)
    {
        await _perNode.CommittedAsync([], activityOnlyFrom, messages);
        foreach (var request in requests.Where(r => activityOnlyFrom.ContainsKey(r.Id)))
        {
            // Only LastActivityAt changed, which no rule reads: other nodes' copies still hold, so no new version. This node's copy becomes
            // the committed one, but only if it is still the copy the write started from (swapped atomically): a copy read meanwhile may carry a newer version.
            if (_requests.TryGetValue(request.Id, out var known) && ReferenceEquals(known.Request, activityOnlyFrom[request.Id]))
            {
                _requests.TryUpdate(request.Id, (known.Tag, request), known);
            }
        }

        var changed = requests.Where(r => !activityOnlyFrom.ContainsKey(r.Id)).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        foreach (var request in changed)
        {
            _requests.TryRemove(request.Id, out _);
            _queues.TryRemove(request.VillageId, out _);
        }

        var fields = changed.Select(r => (RedisValue)RequestField(r.Id))
            .Concat(changed.Select(r => r.VillageId).Distinct().Select(v => (RedisValue)VillageField(v))).ToArray();
        // Awaited, not blocking: after an asynchronous COMMIT this runs on the thread pool, which a blocked Redis round trip would hold up.
        await TryAsync(db => db.ScriptEvaluateAsync(BumpScript, [_versions], fields), owesNewEpoch: true);
    }

    /// <summary>Only this node's copies: the node that won has bumped (or is bumping) the versions in Redis itself.</summary>
    public void Stale(IReadOnlyCollection<long> requestIds)
    {
        foreach (var id in requestIds)
        {
            if (_requests.TryRemove(id, out var stale))
            {
                _queues.TryRemove(stale.Request.VillageId, out _);
            }
        }
    }

    public async ValueTask ForgetLearnerAsync(int learnerId)
    {
        await _perNode.ForgetLearnerAsync(learnerId);
        foreach (var (id, _) in _requests.Where(r => r.Value.Request.LearnerId == learnerId).ToList())
        {
            _requests.TryRemove(id, out _);
        }

        _queues.Clear();
        // Every node drops every copy: deleting a learner is rare, and their requests must not linger anywhere.
        await TryAsync(NewEpochAsync, owesNewEpoch: true);
    }

    /// <summary>The epoch and the version of one request or village in Redis; null when Redis cannot say (then nothing is cached).</summary>
    private async Task<Tag?> TagAsync(string field) => (await TagsAsync([field]))?[0];

    /// <summary>The epoch and the versions of several requests or villages, in one read; null when Redis cannot say.</summary>
    private async Task<Tag[]?> TagsAsync(IReadOnlyList<string> fields)
    {
        try
        {
            var db = _redis.Database;
            if (Volatile.Read(ref _owesNewEpoch) == 1)
            {
                await db.HashSetAsync(_versions, EpochField, NewEpochValue());
                Interlocked.Exchange(ref _owesNewEpoch, 0);
            }

            var values = await db.HashGetAsync(_versions, [EpochField, .. fields.Select(f => (RedisValue)f)]);
            Reachable();
            if (values[0].IsNull)
            {
                // A Redis that restarted lost the versions: a new epoch, so no copy made before can match.
                await db.HashSetAsync(_versions, EpochField, NewEpochValue(), When.NotExists);
                return null;
            }

            var epoch = values[0].ToString();
            return values.Skip(1).Select(v => new Tag(epoch, v.IsNull ? 0 : (long)v)).ToArray();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Unreachable(e, owesNewEpoch: false);
            return null;
        }
    }

    private async Task TryAsync(Func<IDatabase, Task> work, bool owesNewEpoch)
    {
        try
        {
            var db = _redis.Database;
            if (Volatile.Read(ref _owesNewEpoch) == 1)
            {
                await NewEpochAsync(db);
                Interlocked.Exchange(ref _owesNewEpoch, 0);
            }

            await work(db);
            Reachable();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Unreachable(e, owesNewEpoch);
        }
    }

    private Task NewEpochAsync(IDatabase db) => db.HashSetAsync(_versions, EpochField, NewEpochValue());

    private void Unreachable(Exception e, bool owesNewEpoch)
    {
        if (owesNewEpoch)
        {
            // Other nodes could not learn of this change: once Redis answers, every node's copies are dropped.
            Interlocked.Exchange(ref _owesNewEpoch, 1);
        }

        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            _logger.LogWarning(e, "Redis is unreachable; live help reads requests from the database on every use until it answers again");
        }
    }

    private void Reachable()
    {
        if (Volatile.Read(ref _unreachable) == 1 && Interlocked.Exchange(ref _unreachable, 0) == 1)
        {
            _logger.LogInformation("Redis answers again; live help shares its state across nodes again");
        }
    }

    private void TrimRequests()
    {
        if (_requests.Count > KeepRequests)
        {
            foreach (var finished in _requests.Where(r => !r.Value.Request.IsOpen).ToList())
            {
                _requests.TryRemove(finished);
            }
        }
    }

    private static string RequestField(long requestId) => FormattableString.Invariant($"r:{requestId}");

    private static string VillageField(int villageId) => FormattableString.Invariant($"v:{villageId}");

    private static string NewEpochValue() => Guid.NewGuid().ToString("N");

    private readonly record struct Tag(string Epoch, long Version);
}
