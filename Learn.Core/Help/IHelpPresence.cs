namespace Learn.Core.Help;

/// <summary>
/// Who has a live-help connection open. One node: <see cref="HelpPresence"/> in this process. Several
/// nodes: a shared store, so a kader connected to another node counts as online for routing,
/// escalation, transfer and the console.
/// </summary>
public interface IHelpPresence
{
    /// <summary>Returns true when this is the person's first open connection.</summary>
    Task<bool> ConnectedAsync(int accountId);

    /// <summary>Returns true when the person's last connection closed.</summary>
    Task<bool> DisconnectedAsync(int accountId);

    /// <summary>Those of <paramref name="accountIds"/> who are online.</summary>
    Task<IReadOnlySet<int>> OnlineAsync(IReadOnlyCollection<int> accountIds, CancellationToken ct = default);
}
