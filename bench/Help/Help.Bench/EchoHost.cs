using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Learn.Bench.Help;

/// <summary>A bare Kestrel app with only the echo hub, in the same process as the Learn app.</summary>
public static class EchoHost
{
    public static async Task<(WebApplication App, Uri Hub)> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSignalR(Connections.BePatient);
        builder.Services.AddSingleton<IUserIdProvider, QueryUserIdProvider>();
        var app = builder.Build();
        app.MapHub<EchoHub>("/hubs/echo");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address), "/hubs/echo"));
    }
}
