using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Learn.Web.Hosting;

/// <summary>
/// The one Redis connection of this node (backplane, presence, data-protection keys). It reconnects on
/// its own; while Redis is down, commands fail at once instead of queueing, so callers can degrade.
/// </summary>
public sealed class RedisConnection(IConfiguration configuration, IOptions<LearnRedisOptions> options) : IAsyncDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer = new(() => ConnectionMultiplexer.Connect(Options(configuration, options.Value.KeyPrefix)));

    public string Prefix { get; } = options.Value.KeyPrefix;

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public IDatabase Database => Multiplexer.GetDatabase();

    public static ConfigurationOptions Options(IConfiguration configuration, string prefix)
    {
        var options = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis")!);
        // The backplane uses this connection as it is (its own ChannelPrefix setting is ignored then), so
        // the prefix that keeps two deployments on one Redis apart goes on the connection itself.
        options.ChannelPrefix = RedisChannel.Literal(prefix);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 5000;
        return options;
    }

    /// <summary>Stops the start with a message naming the setting when Redis does not answer.</summary>
    public async Task EnsureConnectedAsync()
    {
        var target = configuration.GetConnectionString("Redis");
        try
        {
            await Database.PingAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw new LearnStartupException($"ConnectionStrings:Redis: cannot reach Redis at '{target}' ({e.Message}). Start Redis, or leave the setting empty to run one node.", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await _multiplexer.Value.DisposeAsync();
        }
    }
}
