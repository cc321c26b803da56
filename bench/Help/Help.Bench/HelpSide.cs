using System.Collections.Concurrent;
using Learn.Core.Help;
using Learn.Web.Help;
using Microsoft.AspNetCore.SignalR.Client;

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

    private HelpSide(string name, LearnHost learnerNode, LearnHost kaderNode, Func<ValueTask> cleanUp)
    {
        Name = name;
        _learnerNode = learnerNode;
        _kaderNode = kaderNode;
        _cleanUp = cleanUp;
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
        await Connections.StartAllAsync(added.SelectMany(p => new[] { p.Learner, p.Kader }).ToList());
        var requests = await Task.WhenAll(added.Select(async p =>
        {
            var asked = await p.Learner.InvokeAsync<HelpResult<HelpRequestView>>("Ask", Guid.NewGuid().ToString("N"), "Halo, saya mau tanya", null, null, null);
            return asked.Value?.Id ?? throw new InvalidOperationException(asked.Error);
        }));
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
