using System.Collections.Concurrent;
using Learn.Core.Help;
using Learn.Core.Storage;
using Learn.Web.Help;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Bench.Help;

/// <summary>
/// Live help: each pair's learner has asked and the kader answers, through the real hub, storage and checks.
/// The learners connect to one node and the kader to another (or the same one, for a single node).
/// </summary>
public sealed class HelpSide : IHubSide
{
    public const string OneNodeName = "live help, 1 node, SQLite";

    public const string TwoNodesName = "live help, 2 nodes, PostgreSQL + Redis";

    public const string OneNodeWithoutDiskSyncName = "diagnosis: 1 node, SQLite, no disk sync at commit";

    public const string TwoNodesPerNodeStateName = "diagnosis: 2 nodes, per-node help state";

    private readonly LearnHost _learnerNode;
    private readonly LearnHost _kaderNode;
    private readonly Func<ValueTask> _cleanUp;
    private readonly List<(HubConnection Learner, HubConnection Kader, long RequestId)> _pairs = [];
    private readonly ConcurrentDictionary<string, HubConnection> _senders = new();
    private readonly ConcurrentDictionary<string, bool> _asks = new();
    private readonly ConcurrentDictionary<(string ClientId, HubConnection By), bool> _heard = new();

    private HelpSide(string name, LearnHost learnerNode, LearnHost kaderNode, Func<ValueTask> cleanUp)
    {
        Name = name;
        _learnerNode = learnerNode;
        _kaderNode = kaderNode;
        _cleanUp = cleanUp;
        Deliveries.Explain = ExplainAsync;
    }

    /// <summary>The stored message, its request in the database and as each node's live state has it, and whether the pair is connected.</summary>
    private async Task<string> ExplainAsync(string clientId)
    {
        using var scope = _learnerNode.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        var message = await db.HelpMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ClientId == clientId);
        if (message is null)
        {
            return "Not stored.";
        }

        var request = await db.HelpRequests.AsNoTracking().SingleAsync(r => r.Id == message.RequestId);
        async Task<string> Copy(LearnHost node)
        {
            using var nodeScope = node.Services.CreateScope();
            var copy = await node.Services.GetRequiredService<IHelpLiveState>().RequestAsync(nodeScope.ServiceProvider.GetRequiredService<LearnDbContext>(), request.Id);
            return $"{copy?.Status} helper {copy?.HelperId}";
        }

        var pair = _pairs.Single(p => p.RequestId == request.Id);
        return $"Stored as {message.Id} from {message.SenderId} in request {request.Id} (learner {request.LearnerId}, {request.Status}, helper {request.HelperId}, " +
            $"first helper {request.FirstHelperId}, stage {request.Stage}); learner's node has it {await Copy(_learnerNode)}, kader's node {await Copy(_kaderNode)}; " +
            $"connections learner {pair.Learner.State}, kader {pair.Kader.State}.";
    }

    /// <summary>One node on its own SQLite file.</summary>
    public static HelpSide OneNode(bool withoutDiskSync = false)
    {
        var node = new LearnHost(withoutDiskSync: withoutDiskSync).Started();
        return new HelpSide(withoutDiskSync ? OneNodeWithoutDiskSyncName : OneNodeName, node, node, () => ValueTask.CompletedTask);
    }

    /// <summary>Two nodes on one PostgreSQL database and one Redis; every pair's learner on node A, its kader on node B.</summary>
    public static async Task<HelpSide> TwoNodesAsync(Province province, bool perNodeHelpState = false)
    {
        var database = await province.CreateDatabaseAsync();
        var prefix = $"learn-bench-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Learn"] = database,
            ["ConnectionStrings:Redis"] = province.Redis,
            ["Redis:KeyPrefix"] = prefix,
        };
        var nodes = await Task.WhenAll(Task.Run(() => new LearnHost(settings, perNodeHelpState).Started()), Task.Run(() => new LearnHost(settings, perNodeHelpState).Started()));
        return new HelpSide(perNodeHelpState ? TwoNodesPerNodeStateName : TwoNodesName, nodes[0], nodes[1], async () =>
        {
            await nodes[1].DisposeAsync();
            await province.DropDatabaseAsync(database);
        });
    }

    public string Name { get; }

    public Deliveries Deliveries { get; } = new();

    public int Pairs => _pairs.Count;

    public async Task AddPairsAsync(int count)
    {
        var cookies = await _learnerNode.SeedPairsAsync(count);
        var added = cookies.Select(c => (Learner: Connect(_learnerNode, c.Learner), Kader: Connect(_kaderNode, c.Kader))).ToList();
        var connections = added.SelectMany(p => new[] { p.Learner, p.Kader }).ToList();
        await Connections.StartAllAsync(connections);
        // A client's start returns at the handshake, before the hub's OnConnectedAsync has put the connection in its person
        // group; the hub runs a call only after that, so one answered call means pushes reach it (help.js calls Join).
        await Task.WhenAll(connections.Select(c => c.InvokeAsync<HelpConversation?>("Join", 0L, 0L)));
        var asks = added.Select(_ => Guid.NewGuid().ToString("N")).ToList();
        asks.ForEach(a => _asks[a] = true);
        var requests = await Task.WhenAll(added.Select(async (p, i) =>
        {
            var asked = await p.Learner.InvokeAsync<HelpResult<HelpRequestView>>("Ask", asks[i], "Halo, saya mau tanya", null, null, null);
            return asked.Value?.Id ?? throw new InvalidOperationException(asked.Error);
        }));
        // The ask is a delivery too (before the readiness call above, over half of the kaders on the second node missed it).
        int Unheard() => asks.Where((a, i) => !_heard.ContainsKey((a, added[i].Kader))).Count();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && Unheard() > 0)
        {
            await Task.Delay(100);
        }

        if (Unheard() is var unheard and > 0)
        {
            throw new TimeoutException($"{unheard} of {asks.Count} kaders did not hear their learner ask within 10 s.");
        }

        _asks.Clear();
        _heard.Clear();
        _pairs.AddRange(added.Select((p, i) => (p.Learner, p.Kader, requests[i])));
    }

    public async Task DropPairsAsync()
    {
        await Task.WhenAll(_pairs.SelectMany(p => new[] { p.Learner.DisposeAsync().AsTask(), p.Kader.DisposeAsync().AsTask() }));
        _pairs.Clear();
        _senders.Clear();
    }

    public async Task SendAsync(int pair, bool fromLearner, string clientId, string text)
    {
        var (learner, kader, request) = _pairs[pair];
        var sender = fromLearner ? learner : kader;
        _senders[clientId] = sender;
        var sent = await sender.InvokeAsync<HelpResult<HelpMessageView>>("Send", request, clientId, text);
        if (sent.Value is null)
        {
            throw new InvalidOperationException($"Send refused: {sent.ErrorCode} {sent.Error}");
        }
    }

    private HubConnection Connect(LearnHost node, string cookie)
    {
        var connection = Connections.Connect(node.Hub, o => o.Headers["Cookie"] = cookie);
        // The hub also sends the message back to its sender's own connection: only the other person's copy is a delivery.
        connection.On<HelpMessageView>("MessageReceived", m =>
        {
            if (_asks.ContainsKey(m.ClientId))
            {
                _heard.TryAdd((m.ClientId, connection), true);
            }

            if (!_senders.TryGetValue(m.ClientId, out var sender) || sender != connection)
            {
                Deliveries.Arrived(m.ClientId);
            }
        });
        connection.On<HelpRequestView>("RequestChanged", _ => { });
        connection.On<int, bool>("PresenceChanged", (_, _) => { });
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_pairs.SelectMany(p => new[] { p.Learner.DisposeAsync().AsTask(), p.Kader.DisposeAsync().AsTask() }));
        await _learnerNode.DisposeAsync();
        await _cleanUp();
    }
}
