using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Learn.Web.Hosting;

/// <summary>
/// The Redis backplane, falling back to this node's own connections while Redis is unreachable: people
/// connected here still get their messages (with a logged warning), people on other nodes catch up
/// from the database when they rejoin, as after any reconnect. Both managers know every local
/// connection and group, so delivery resumes through Redis once it answers again.
/// </summary>
public sealed class DegradingHubLifetimeManager<THub>(
    RedisHubLifetimeManager<THub> redis,
    DefaultHubLifetimeManager<THub> local,
    ILogger<DegradingHubLifetimeManager<THub>> logger) : HubLifetimeManager<THub>
    where THub : Hub
{
    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await local.OnConnectedAsync(connection);
        await TryRedisAsync(() => redis.OnConnectedAsync(connection), "connect");
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        await local.OnDisconnectedAsync(connection);
        await TryRedisAsync(() => redis.OnDisconnectedAsync(connection), "disconnect");
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        await TryRedisAsync(() => redis.AddToGroupAsync(connectionId, groupName, cancellationToken), "join a group");
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        await TryRedisAsync(() => redis.RemoveFromGroupAsync(connectionId, groupName, cancellationToken), "leave a group");
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendAllAsync(methodName, args, cancellationToken), () => local.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken),
            () => local.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendConnectionAsync(connectionId, methodName, args, cancellationToken),
            () => local.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken),
            () => local.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendGroupAsync(groupName, methodName, args, cancellationToken),
            () => local.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendGroupsAsync(groupNames, methodName, args, cancellationToken),
            () => local.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken),
            () => local.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendUserAsync(userId, methodName, args, cancellationToken),
            () => local.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(() => redis.SendUsersAsync(userIds, methodName, args, cancellationToken),
            () => local.SendUsersAsync(userIds, methodName, args, cancellationToken));

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        redis.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        redis.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        redis.TryGetReturnType(invocationId, out type);

    private async Task SendAsync(Func<Task> throughRedis, Func<Task> toThisNode)
    {
        if (!await TryRedisAsync(throughRedis, "deliver a message"))
        {
            await toThisNode();
        }
    }

    private async Task<bool> TryRedisAsync(Func<Task> work, string what)
    {
        try
        {
            await work();
            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Degrade, don't fail: the message is already stored, and this node's people still get it.
            logger.LogWarning(e, "Redis is unreachable; live help could not {What} across nodes and serves this node's connections only", what);
            return false;
        }
    }
}
