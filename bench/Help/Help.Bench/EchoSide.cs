using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

/// <summary>The baseline: the bare echo hub, its users named by number.</summary>
public sealed class EchoSide(WebApplication app, Uri hub) : IHubSide
{
    private readonly List<HubConnection> _people = [];

    public const string HubName = "bare echo hub";

    public string Name => HubName;

    public Deliveries Deliveries { get; } = new();

    public int Pairs => _people.Count / 2;

    public static async Task<EchoSide> StartAsync()
    {
        var (app, hub) = await EchoHost.StartAsync();
        return new EchoSide(app, hub);
    }

    public async Task AddPairsAsync(int count)
    {
        var added = Enumerable.Range(_people.Count, count * 2)
            .Select(i => Connections.Connect(new Uri($"{hub}?user={i}"), _ => { })).ToList();
        added.ForEach(c => c.On<string, string>("MessageReceived", (clientId, _) => Deliveries.Arrived(clientId)));
        await Connections.StartAllAsync(added);
        _people.AddRange(added);
    }

    public async Task DropPairsAsync()
    {
        await Task.WhenAll(_people.Select(c => c.DisposeAsync().AsTask()));
        _people.Clear();
    }

    public Task SendAsync(int pair, bool fromLearner, string clientId, string text)
    {
        var (from, to) = fromLearner ? (2 * pair, (2 * pair) + 1) : ((2 * pair) + 1, 2 * pair);
        return _people[from].InvokeAsync("Send", to.ToString(CultureInfo.InvariantCulture), clientId, text);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_people.Select(c => c.DisposeAsync().AsTask()));
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
