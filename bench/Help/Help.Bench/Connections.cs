using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Bench.Help;

public static class Connections
{
    public static HubConnection Connect(Uri hub, Action<HttpConnectionOptions> configure) =>
        new HubConnectionBuilder().WithUrl(hub, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            configure(o);
        }).Build();

    public static async Task StartAllAsync(IReadOnlyList<HubConnection> connections, int batch = 100)
    {
        foreach (var chunk in connections.Chunk(batch))
        {
            await Task.WhenAll(chunk.Select(c => c.StartAsync()));
        }
    }
}
