using Learn.Core.Help;
using Learn.Web.Help;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

/// <summary>Live help: each pair's learner has asked and the kader answers, through the real hub, storage and checks.</summary>
public sealed class HelpSide : IHubSide
{
    private readonly LearnHost _learn = new();
    private readonly List<(HubConnection Learner, HubConnection Kader, long RequestId)> _pairs = [];

    public HelpSide()
    {
        _learn.UseKestrel(0);
        _learn.StartServer();
    }

    public string Name => "live help";

    public Deliveries Deliveries { get; } = new();

    public int Pairs => _pairs.Count;

    public async Task AddPairsAsync(int count)
    {
        var cookies = await _learn.SeedPairsAsync(count);
        var added = cookies.Select(c => (Learner: Connect(c.Learner), Kader: Connect(c.Kader))).ToList();
        await Connections.StartAllAsync(added.SelectMany(p => new[] { p.Learner, p.Kader }).ToList());
        var requests = await Task.WhenAll(added.Select(async p =>
        {
            var asked = await p.Learner.InvokeAsync<HelpResult<HelpRequestView>>("Ask", Guid.NewGuid().ToString("N"), "Halo, saya mau tanya", null, null, null);
            return asked.Value?.Id ?? throw new InvalidOperationException(asked.Error);
        }));
        _pairs.AddRange(added.Select((p, i) => (p.Learner, p.Kader, requests[i])));
    }

    public async Task SendAsync(int pair, bool fromLearner, string clientId, string text)
    {
        var (learner, kader, request) = _pairs[pair];
        var sent = await (fromLearner ? learner : kader).InvokeAsync<HelpResult<HelpMessageView>>("Send", request, clientId, text);
        if (sent.Value is null)
        {
            throw new InvalidOperationException($"Send refused: {sent.ErrorCode} {sent.Error}");
        }
    }

    private HubConnection Connect(string cookie)
    {
        var connection = Connections.Connect(_learn.Hub, o => o.Headers["Cookie"] = cookie);
        connection.On<HelpMessageView>("MessageReceived", m => Deliveries.Arrived(m.ClientId));
        connection.On<HelpRequestView>("RequestChanged", _ => { });
        connection.On<int, bool>("PresenceChanged", (_, _) => { });
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_pairs.SelectMany(p => new[] { p.Learner.DisposeAsync().AsTask(), p.Kader.DisposeAsync().AsTask() }));
        await _learn.DisposeAsync();
    }
}
