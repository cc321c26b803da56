using Microsoft.AspNetCore.SignalR;

namespace Learn.Bench.Help;

/// <summary>The baseline: passes a message to the other user and nothing else (no storage, no checks).</summary>
public sealed class EchoHub : Hub
{
    public Task Send(string toUser, string clientId, string text) =>
        Clients.User(toUser).SendAsync("MessageReceived", clientId, text);
}

/// <summary>The baseline's users come from the query string, so it needs no sign-in.</summary>
public sealed class QueryUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.GetHttpContext()?.Request.Query["user"].ToString();
}
