using Learn.Core.Storage;

namespace Learn.Core.Help;

/// <summary>
/// What live help needs on every message, kept in memory instead of read per message: each request
/// as last committed (visibility, participants), queue positions, names and each sender's recent
/// sends (rate limit). Anything missing is rebuilt from the database, so a restart loses nothing.
/// Only <see cref="HelpWriter"/> reports commits. One node keeps it in process
/// (<see cref="InMemoryHelpLiveState"/>); several nodes check their copies against versions in Redis
/// (the web host's <c>RedisHelpLiveState</c>), so <see cref="CommittedAsync"/> must be done before senders hear back.
/// </summary>
public interface IHelpLiveState
{
    /// <summary>The request as last committed, or null when there is no such request.</summary>
    ValueTask<HelpRequest?> RequestAsync(LearnDbContext db, long requestId, CancellationToken ct = default);

    /// <summary>Several requests as last committed, as <see cref="RequestAsync"/> would give each (missing ids are left out), read together.</summary>
    ValueTask<IReadOnlyDictionary<long, HelpRequest>> RequestsAsync(LearnDbContext db, IReadOnlyCollection<long> requestIds, CancellationToken ct = default);

    /// <summary>Where a waiting request stands in its village's queue (1 = next); null when it is not waiting.</summary>
    ValueTask<int?> QueuePositionAsync(LearnDbContext db, HelpRequest request, CancellationToken ct = default);

    /// <summary>
    /// How many messages the sender had committed since <paramref name="since"/>. The writer asks it for the rate limit; every
    /// write that stores a message asks it first, before queuing, so the first read of a sender's window is not done inside the
    /// writer, where it holds up the batch. That order also keeps a read outside the writer exact: a sender's window exists before
    /// any of their messages commits, so a read that raced a commit finds the window already there and is discarded.
    /// </summary>
    ValueTask<int> SentSinceAsync(LearnDbContext db, int senderId, DateTimeOffset since, CancellationToken ct = default);

    ValueTask<IReadOnlyDictionary<int, string>> NamesAsync(LearnDbContext db, IEnumerable<int> accountIds, CancellationToken ct = default);

    /// <summary>
    /// Called by the writer after COMMIT with the committed copies of requests and the messages stored. <paramref name="activityOnlyFrom"/>
    /// holds, for each of those requests whose only change was <see cref="HelpRequest.LastActivityAt"/> (a message moves it once a minute; no rule
    /// reads it), the copy its write started from.
    /// </summary>
    ValueTask CommittedAsync(IReadOnlyCollection<HelpRequest> requests, IReadOnlyDictionary<long, HelpRequest> activityOnlyFrom, IReadOnlyCollection<HelpMessage> messages);

    /// <summary>Another node changed these requests first (the database refused an update): drop them, the next use reads them back.</summary>
    void Stale(IReadOnlyCollection<long> requestIds);

    /// <summary>A learner's help data was deleted outside the writer (privacy): forget it, it is rebuilt if asked for.</summary>
    ValueTask ForgetLearnerAsync(int learnerId);
}
