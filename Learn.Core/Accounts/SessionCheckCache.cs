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
    private readonly ConcurrentDictionary<string, (int AccountId, DateTimeOffset CheckedAt)> _seen = new(StringComparer.Ordinal);

    public bool IsFresh(string sessionId, int accountId) =>
        _seen.TryGetValue(sessionId, out var entry) && entry.AccountId == accountId
        && time.GetUtcNow() - entry.CheckedAt < options.Value.SessionCheckInterval;

    public void Remember(string sessionId, int accountId) => _seen[sessionId] = (accountId, time.GetUtcNow());

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
