using Learn.Core.Help;
using Microsoft.AspNetCore.SignalR;

namespace Learn.Web.Help;

/// <summary>Pushes stored help changes to every connection of the people concerned (each person's connections are one group).</summary>
public sealed class HubHelpNotifier(IHubContext<HelpHub, IHelpClient> hub, HelpCaller caller) : IHelpNotifier
{
    public async Task MessageAddedAsync(HelpMessageView message, IReadOnlyCollection<int> recipients, CancellationToken ct = default)
    {
        if (caller.ConnectionId is not { } sentOn || !recipients.Contains(message.SenderId))
        {
            await hub.Clients.Groups(GroupsOf(recipients)).MessageReceived(message);
            return;
        }

        await hub.Clients.Groups(GroupsOf(recipients.Where(id => id != message.SenderId))).MessageReceived(message);
        await hub.Clients.GroupExcept(HelpHub.PersonGroup(message.SenderId), sentOn).MessageReceived(message);
    }

    public Task RequestChangedAsync(HelpRequestView request, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
        hub.Clients.Groups(GroupsOf(recipients)).RequestChanged(request);

    public Task MessagesReadAsync(long requestId, long upToId, int readerId, IReadOnlyCollection<int> recipients, CancellationToken ct = default) =>
        hub.Clients.Groups(GroupsOf(recipients)).MessagesRead(requestId, upToId, readerId);

    private static List<string> GroupsOf(IEnumerable<int> people) => people.Select(HelpHub.PersonGroup).ToList();
}
