namespace Learn.Core.Help;

/// <summary>Tells connected people about changes that are already stored. The web host pushes through SignalR.</summary>
public interface IHelpNotifier
{
    Task MessageAddedAsync(HelpMessageView message, IReadOnlyCollection<int> recipients, CancellationToken ct = default);

    Task RequestChangedAsync(HelpRequestView request, IReadOnlyCollection<int> recipients, CancellationToken ct = default);

    Task MessagesReadAsync(long requestId, long upToId, int readerId, IReadOnlyCollection<int> recipients, CancellationToken ct = default);
}
