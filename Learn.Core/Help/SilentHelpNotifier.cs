namespace Learn.Core.Help;

/// <summary>For hosts without live connections (tools, tests of the domain): changes are stored, nobody is pushed to.</summary>
public sealed class SilentHelpNotifier : IHelpNotifier
{
    public Task MessageAddedAsync(HelpMessageView message, IReadOnlyCollection<int> recipients, CancellationToken ct = default) => Task.CompletedTask;

    public Task RequestChangedAsync(HelpRequestView request, IReadOnlyCollection<int> recipients, CancellationToken ct = default) => Task.CompletedTask;

    public Task MessagesReadAsync(long requestId, long upToId, int readerId, IReadOnlyCollection<int> recipients, CancellationToken ct = default) => Task.CompletedTask;
}
