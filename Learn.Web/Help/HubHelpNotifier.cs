using Learn.Core.Help;
using Microsoft.AspNetCore.SignalR;

namespace Learn.Web.Help;

/// <summary>Pushes stored help changes to every connection of the people concerned (SignalR user = account id).</summary>
public sealed class HubHelpNotifier(IHubContext<HelpHub, IHelpClient> hub) : IHelpNotifier
{
    public Task MessageAddedAsync(HelpMessageView message, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
        hub.Clients.Users(recipients.Select(HelpHub.Key)).MessageReceived(message);

    public Task RequestChangedAsync(HelpRequestView request, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
        hub.Clients.Users(recipients.Select(HelpHub.Key)).RequestChanged(request);

    public Task MessagesReadAsync(long requestId, long upToId, int readerId, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
        hub.Clients.Users(recipients.Select(HelpHub.Key)).MessagesRead(requestId, upToId, readerId);
}
