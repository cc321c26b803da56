using Learn.Core.Errors;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// The help writes committed together in one transaction. Each write works on copies of the
/// committed requests; a write that breaks a rule is discarded alone, the others still commit.
/// </summary>
internal sealed class HelpWriteBatch(LearnDbContext db, IHelpLiveState state, DateTimeOffset now)
{
    public static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);
    private readonly Dictionary<HelpClientKey, HelpMessage> _stored = [];
    private readonly Dictionary<long, (HelpRequest Committed, HelpRequest Current)> _edited = [];
    private IReadOnlyDictionary<long, HelpRequest> _readAhead = new Dictionary<long, HelpRequest>();
    private HelpRequestChanges _changes = new(new HashSet<long>(), new HashSet<long>());
    private readonly List<HelpRequest> _added = [];
    private readonly List<HelpMessage> _messages = [];
    private readonly Dictionary<int, int> _pendingBySender = [];
    private readonly Dictionary<long, (HelpRequest Committed, HelpRequest Current)> _writeEdits = [];
    private readonly List<HelpRequest> _writeAdded = [];
    private readonly List<HelpMessage> _writeMessages = [];

    public LearnDbContext Db => db;

    public IHelpLiveState State => state;

    public DateTimeOffset Now => now;

    /// <summary>Reads messages already stored under these keys (only when a batch is retried after a conflict).</summary>
    public async Task LoadStoredAsync(IReadOnlyCollection<HelpClientKey> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var senders = keys.Select(k => k.SenderId).Distinct().ToList();
        var ids = keys.Select(k => k.ClientId).Distinct().ToList();
        foreach (var m in await db.HelpMessages.AsNoTracking().Where(m => senders.Contains(m.SenderId) && ids.Contains(m.ClientId)).ToListAsync(ct))
        {
            _stored[new HelpClientKey(m.SenderId, m.ClientId)] = m;
        }
    }

    /// <summary>The committed requests the batch's writes said they will edit, read together before any write applies.</summary>
    public async Task ReadAheadAsync(IReadOnlyCollection<long> requestIds, CancellationToken ct)
    {
        if (requestIds.Count > 0)
        {
            _readAhead = await state.RequestsAsync(db, requestIds, ct);
        }
    }

    /// <summary>The message already stored (or written earlier in this batch) under the sender's client id.</summary>
    public HelpMessage? Stored(int senderId, string clientId)
    {
        var key = new HelpClientKey(senderId, clientId);
        return _stored.GetValueOrDefault(key) ?? _writeMessages.FirstOrDefault(m => m.SenderId == senderId && m.ClientId == clientId);
    }

    /// <summary>A copy of the request to change in this write; null when there is no such request.</summary>
    public async Task<HelpRequest?> EditAsync(long requestId, CancellationToken ct)
    {
        if (_writeEdits.TryGetValue(requestId, out var editing))
        {
            return editing.Current;
        }

        var (committed, current) = _edited.TryGetValue(requestId, out var edited)
            ? edited
            : (_readAhead.GetValueOrDefault(requestId) ?? await state.RequestAsync(db, requestId, ct)) is { } known ? (known, known) : (null, null);
        if (committed is null || current is null)
        {
            return null;
        }

        var copy = current.Copy();
        _writeEdits[requestId] = (committed, copy);
        return copy;
    }

    public void Add(HelpRequest request) => _writeAdded.Add(request);

    public void Add(HelpMessage message) => _writeMessages.Add(message);

    /// <summary>The sender's messages in the last minute, committed or in this batch, must stay under the limit.</summary>
    public async Task EnsureWithinRateAsync(int senderId, int perMinute, CancellationToken ct)
    {
        var sent = await state.SentSinceAsync(db, senderId, now - RateWindow, ct)
            + _pendingBySender.GetValueOrDefault(senderId) + _writeMessages.Count(m => m.SenderId == senderId);
        if (sent >= perMinute)
        {
            throw new LearnDomainException(ErrorKind.RateLimited, "help.rate_limited", "Too many messages in one minute. Wait a moment.");
        }
    }

    public void BeginWrite()
    {
        _writeEdits.Clear();
        _writeAdded.Clear();
        _writeMessages.Clear();
    }

    /// <summary>The write kept the rules: its changes join the batch.</summary>
    public void KeepWrite()
    {
        foreach (var (id, edit) in _writeEdits)
        {
            _edited[id] = edit;
        }

        _added.AddRange(_writeAdded);
        foreach (var message in _writeMessages)
        {
            _messages.Add(message);
            _stored[new HelpClientKey(message.SenderId, message.ClientId)] = message;
            _pendingBySender[message.SenderId] = _pendingBySender.GetValueOrDefault(message.SenderId) + 1;
        }

        BeginWrite();
    }

    /// <summary>
    /// Saves the kept request changes in the open transaction: new requests (and anything a write changed through
    /// the context) by EF, changed requests in set-based updates that check their concurrency tokens.
    /// </summary>
    public async Task SaveRequestsAsync(CancellationToken ct)
    {
        db.HelpRequests.AddRange(_added);
        if (db.ChangeTracker.HasChanges())
        {
            // Most batches are messages only: EF's save pipeline would run for nothing.
            await db.SaveChangesAsync(ct);
        }

        _changes = await HelpRequestUpdate.UpdateAsync(db, state, _edited.Values, ct);
    }

    /// <summary>Saves the kept messages in raw inserts (see <see cref="HelpStatements"/>), after the requests (a new request's id comes from its insert).</summary>
    public Task SaveMessagesAsync(CancellationToken ct) => HelpMessageInsert.InsertAsync(db, _messages, ct);

    /// <summary>After COMMIT: the live state learns the new versions (a request the batch left as it was has none).</summary>
    public ValueTask PublishAsync() =>
        state.CommittedAsync(_added.Concat(_edited.Where(e => !_changes.Unchanged.Contains(e.Key)).Select(e => e.Value.Current)).ToList(),
            _edited.Where(e => _changes.ActivityOnly.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value.Committed), _messages);
}
