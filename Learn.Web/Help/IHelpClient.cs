using Learn.Core.Help;

namespace Learn.Web.Help;

/// <summary>What the server pushes to a browser in a help conversation or the kader console.</summary>
public interface IHelpClient
{
    Task MessageReceived(HelpMessageView message);

    Task RequestChanged(HelpRequestView request);

    Task Typing(long requestId, int accountId, string name);

    Task MessagesRead(long requestId, long upToId, int readerId);

    Task PresenceChanged(int accountId, bool online);
}
