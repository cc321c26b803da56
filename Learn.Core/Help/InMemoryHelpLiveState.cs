using System.Collections.Concurrent;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// The live state of one node, in process. Published requests are never changed in place (the writer
/// publishes new copies), so readers on any thread see a whole committed version.
/// </summary>
public sealed class InMemoryHelpLiveState(TimeProvider time) : IHelpLiveState
{
    private const int KeepRequests = 50_000;
    private static readonly TimeSpan NamesFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<long, HelpRequest> _requests = new();
    private readonly ConcurrentDictionary<int, SendWindow> _sent = new();
    private readonly ConcurrentDictionary<int, (string Name, DateTimeOffset Until)> _names = new();
    private readonly Lock _queuesLock = new();
    private readonly Dictionary<int, SortedSet<long>> _waitingByVillage = [];
    private readonly Dictionary<int, long> _villageVersions = [];

    public async ValueTask<HelpRequest?> RequestAsync(LearnDbContext db, long requestId, CancellationToken ct = default)
    {
        if (_requests.TryGetValue(requestId, out var known))
        {
            return known;
        }

        var loaded = await db.HelpRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        // A commit published while this read ran wins over what was read.
        return loaded is null ? null : _requests.GetOrAdd(requestId, loaded);
    }

    public async ValueTask<IReadOnlyDictionary<long, HelpRequest>> RequestsAsync(LearnDbContext db, IReadOnlyCollection<long> requestIds, CancellationToken ct = default)
    {
        var found = new Dictionary<long, HelpRequest>();
        var missing = new List<long>();
        foreach (var id in requestIds)
        {
            if (_requests.TryGetValue(id, out var known))
            {
                found[id] = known;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var loaded in await db.HelpRequests.AsNoTracking().Where(r => missing.Contains(r.Id)).ToListAsync(ct))
            {
                found[loaded.Id] = _requests.GetOrAdd(loaded.Id, loaded);
            }
        }

        return found;
    }

    public async ValueTask<int?> QueuePositionAsync(LearnDbContext db, HelpRequest request, CancellationToken ct = default)
    {
        if (request.Status != HelpStatus.Waiting)
        {
            return null;
        }

        while (true)
        {
            long version;
            lock (_queuesLock)
            {
                if (_waitingByVillage.TryGetValue(request.VillageId, out var waiting))
                {
                    return waiting.GetViewBetween(long.MinValue, request.Id - 1).Count + 1;
                }

                version = _villageVersions.GetValueOrDefault(request.VillageId);
            }

            var ids = await db.HelpRequests.AsNoTracking()
                .Where(r => r.VillageId == request.VillageId && r.Status == HelpStatus.Waiting).Select(r => r.Id).ToListAsync(ct);
            lock (_queuesLock)
            {
                // Install only if nothing in the village was committed meanwhile; otherwise read again.
                if (_villageVersions.GetValueOrDefault(request.VillageId) == version)
                {
                    _waitingByVillage.TryAdd(request.VillageId, new SortedSet<long>(ids));
                }
            }
        }
    }

    public async ValueTask<int> SentSinceAsync(LearnDbContext db, int senderId, DateTimeOffset since, CancellationToken ct = default)
    {
        if (!_sent.TryGetValue(senderId, out var window))
        {
            var times = await db.HelpMessages.AsNoTracking()
                .Where(m => m.SenderId == senderId && m.SentAt > since).Select(m => m.SentAt).ToListAsync(ct);
            window = _sent.GetOrAdd(senderId, new SendWindow(times));
        }

        return window.CountSince(since);
    }

    public async ValueTask<IReadOnlyDictionary<int, string>> NamesAsync(LearnDbContext db, IEnumerable<int> accountIds, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var names = new Dictionary<int, string>();
        var missing = new List<int>();
        foreach (var id in accountIds.Distinct())
        {
            if (_names.TryGetValue(id, out var known) && known.Until > now)
            {
                names[id] = known.Name;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var a in await db.Accounts.AsNoTracking().Where(a => missing.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            {
                names[a.Id] = a.Name;
                _names[a.Id] = (a.Name, now + NamesFor);
            }
        }

        return names;
    }

    public ValueTask CommittedAsync(IReadOnlyCollection<HelpRequest> requests, IReadOnlyDictionary<long, HelpRequest> activityOnlyFrom, IReadOnlyCollection<HelpMessage> messages)
    {
        lock (_queuesLock)
        {
            foreach (var request in requests)
            {
                _requests[request.Id] = request;
                _villageVersions[request.VillageId] = _villageVersions.GetValueOrDefault(request.VillageId) + 1;
                if (_waitingByVillage.TryGetValue(request.VillageId, out var waiting))
                {
                    _ = request.Status == HelpStatus.Waiting ? waiting.Add(request.Id) : waiting.Remove(request.Id);
                }
            }
        }

        foreach (var message in messages)
        {
            if (_sent.TryGetValue(message.SenderId, out var window))
            {
                window.Add(message.SentAt);
            }
        }

        if (_requests.Count > KeepRequests)
        {
            // Finished requests are rarely looked at again; they are read back from the database if they are.
            foreach (var finished in _requests.Values.Where(r => !r.IsOpen).ToList())
            {
                _requests.TryRemove(new KeyValuePair<long, HelpRequest>(finished.Id, finished));
            }
        }

        return ValueTask.CompletedTask;
    }

    public void Stale(IReadOnlyCollection<long> requestIds)
    {
        lock (_queuesLock)
        {
            foreach (var id in requestIds)
            {
                if (_requests.TryRemove(id, out var stale))
                {
                    _villageVersions[stale.VillageId] = _villageVersions.GetValueOrDefault(stale.VillageId) + 1;
                    _waitingByVillage.Remove(stale.VillageId);
                }
            }
        }
    }

    public ValueTask ForgetLearnerAsync(int learnerId)
    {
        lock (_queuesLock)
        {
            foreach (var request in _requests.Values.Where(r => r.LearnerId == learnerId).ToList())
            {
                _requests.TryRemove(request.Id, out _);
                _villageVersions[request.VillageId] = _villageVersions.GetValueOrDefault(request.VillageId) + 1;
                _waitingByVillage.Remove(request.VillageId);
            }
        }

        _sent.TryRemove(learnerId, out _);
        _names.TryRemove(learnerId, out _);
        return ValueTask.CompletedTask;
    }

    /// <summary>One sender's recent send times, oldest first.</summary>
    private sealed class SendWindow(IEnumerable<DateTimeOffset> times)
    {
        private readonly Queue<DateTimeOffset> _times = new(times.Order());

        public void Add(DateTimeOffset sentAt)
        {
            lock (_times)
            {
                _times.Enqueue(sentAt);
            }
        }

        public int CountSince(DateTimeOffset since)
        {
            lock (_times)
            {
                while (_times.TryPeek(out var oldest) && oldest <= since)
                {
                    _times.Dequeue();
                }

                return _times.Count;
            }
        }
    }
}
