using System.Collections.Concurrent;

namespace Learn.Core.Help;

/// <summary>
/// Who has a live-help connection open on this node. Counts connections, so a second tab
/// closing does not make a kader look offline.
/// </summary>
public sealed class HelpPresence : IHelpPresence
{
    private readonly ConcurrentDictionary<int, int> _connections = new();

    /// <summary>Returns true when this is the person's first open connection.</summary>
    public bool Connected(int accountId) => _connections.AddOrUpdate(accountId, 1, (_, n) => n + 1) == 1;

    /// <summary>Returns true when the person's last connection closed.</summary>
    public bool Disconnected(int accountId)
    {
        while (_connections.TryGetValue(accountId, out var count))
        {
            if (count <= 1 ? _connections.TryRemove(new KeyValuePair<int, int>(accountId, count))
                    : _connections.TryUpdate(accountId, count - 1, count))
            {
                return count <= 1;
            }
        }

        return false;
    }

    public bool IsOnline(int accountId) => _connections.ContainsKey(accountId);

    /// <summary>Everyone with a connection open on this node.</summary>
    public IReadOnlyCollection<int> Everyone => _connections.Keys.ToList();

    Task<bool> IHelpPresence.ConnectedAsync(int accountId) => Task.FromResult(Connected(accountId));

    Task<bool> IHelpPresence.DisconnectedAsync(int accountId) => Task.FromResult(Disconnected(accountId));

    public Task<IReadOnlySet<int>> OnlineAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlySet<int>>(accountIds.Where(IsOnline).ToHashSet());
}
