using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

public static class Connections
{
    /// <summary>
    /// How long either side waits for a sign of life before dropping a connection: far above SignalR's 30 s, because on
    /// a shared machine at load 50+ a starved process misses keep-alives and the run would end in dropped connections.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static HubConnection Connect(Uri hub, Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder().WithUrl(hub, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            configure(o);
        }).WithServerTimeout(Patience).Build();

    /// <summary>The server side of <see cref="Patience"/>.</summary>
    public static void BePatient(HubOptions options)
    {
        options.ClientTimeoutInterval = Patience;
        options.HandshakeTimeout = Patience;
    }

    public static async Task StartAllAsync(IReadOnlyList<HubConnection> connections, int batch = 100)
    {
        foreach (var chunk in connections.Chunk(batch))
        {
            await Task.WhenAll(chunk.Select(c => c.StartAsync()));
        }
    }
}
