using Learn.Core.Help;
using Learn.Web.Help;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

public static class ScaleOutExtensions
{
    /// <summary>
    /// Several web nodes, switched on by <c>ConnectionStrings:Redis</c>: the SignalR Redis backplane (falling
    /// back to this node's connections while Redis is down), help presence, the versions of live help's
    /// cached requests and data-protection keys in Redis. Without the setting nothing changes: one node, all in process.
    /// </summary>
    public static WebApplicationBuilder AddLearnScaleOut(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Redis")))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<LearnRedisOptions>().BindConfiguration(LearnRedisOptions.Section);
        services.AddSingleton<RedisConnection>();

        services.AddSignalR();
        services.AddOptions<RedisOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.ConnectionFactory = _ => Task.FromResult(redis.Multiplexer);
        });
        services.AddSingleton(typeof(RedisHubLifetimeManager<>));
        services.AddSingleton(typeof(DefaultHubLifetimeManager<>));
        services.RemoveAll(typeof(HubLifetimeManager<>));
        services.AddSingleton(typeof(HubLifetimeManager<>), typeof(DegradingHubLifetimeManager<>));

        services.AddSingleton<RedisHelpPresence>();
        services.RemoveAll<IHelpPresence>();
        services.AddSingleton<IHelpPresence>(sp => sp.GetRequiredService<RedisHelpPresence>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisHelpPresence>());
        services.RemoveAll<IHelpLiveState>();
        services.AddSingleton<IHelpLiveState, RedisHelpLiveState>();

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var redis = sp.GetRequiredService<RedisConnection>();
            options.XmlRepository = new RedisXmlRepository(() => redis.Database, $"{redis.Prefix}:data-protection-keys");
        }));
        return builder;
    }
}
