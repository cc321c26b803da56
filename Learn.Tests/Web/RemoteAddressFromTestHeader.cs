using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Learn.Tests.Web;

/// <summary>
/// The test server has no network peer; a request may name one in <see cref="Header"/>, so tests can be
/// two phones on two networks, or a reverse proxy. Runs before the app's own pipeline.
/// </summary>
public sealed class RemoteAddressFromTestHeader : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
