using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Learn.Core.Accounts;

/// <summary>
/// Sessions recently found in the database, so a page view does not query for its session every time.
/// Ending a session on this node forgets it at once; another node notices within
/// <see cref="AccountOptions.SessionCheckInterval"/>.
/// </summary>
public sealed class SessionCheckCache(TimeProvider time, IOptions<AccountOptions> options)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, (int AccountId, DateTimeOffset CheckedAt)> _seen = new(StringComparer.Ordinal);

    public bool IsFresh(string sessionId, int accountId) =>
        _seen.TryGetValue(sessionId, out var entry) && entry.AccountId == accountId
        && time.GetUtcNow() - entry.CheckedAt < options.Value.SessionCheckInterval;

    public void Remember(string sessionId, int accountId)
    {
        var now = time.GetUtcNow();
        if (_seen.Count >= PruneAbove)
        {
            // Stale entries would be checked again anyway; dropping them keeps memory bounded.
            foreach (var (id, entry) in _seen)
            {
                if (now - entry.CheckedAt >= options.Value.SessionCheckInterval)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        _seen[sessionId] = (accountId, now);
    }

    public void Forget(string sessionId) => _seen.TryRemove(sessionId, out _);

    public void ForgetAccount(int accountId, string? except = null)
    {
        foreach (var (id, entry) in _seen)
        {
            if (entry.AccountId == accountId && id != except)
            {
                _seen.TryRemove(id, out _);
            }
        }
    }
}
