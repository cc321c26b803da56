using Learn.Web.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace Learn.Web.Help;

/// <summary>
/// A hub connection lives as long as its session: one opened before a sign-out, a PIN change or a
/// delete is refused and closed at its next call, as the cookie is on its next page.
/// </summary>
public sealed class SessionHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (!await SessionValidation.IsActiveAsync(context.User, invocationContext.ServiceProvider, context.ConnectionAborted))
        {
            context.Abort();
            throw new HubException("session.ended");
        }

        return await next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (!await SessionValidation.IsActiveAsync(context.Context.User, context.ServiceProvider, context.Context.ConnectionAborted))
        {
            // Throwing closes the connection before the hub counts it present.
            throw new HubException("session.ended");
        }

        await next(context);
    }
}
