using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Learn.Core.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>
    /// Live-help services. Routing and notification are replaceable: the kader-assignment feature
    /// registers its own <see cref="IHelpRouting"/>, the web host its SignalR <see cref="IHelpNotifier"/>,
    /// several nodes a shared <see cref="IHelpLiveState"/>.
    /// </summary>
    public static IServiceCollection AddLearnHelp(this IServiceCollection services)
    {
        services.AddSingleton<HelpPresence>();
        services.TryAddSingleton<IHelpLiveState, InMemoryHelpLiveState>();
        services.AddSingleton<HelpWriter>();
        services.TryAddSingleton<IHelpPresence>(sp => sp.GetRequiredService<HelpPresence>());
        services.TryAddScoped<IHelpRouting, VillageKaderRouting>();
        services.TryAddSingleton<IHelpNotifier, SilentHelpNotifier>();
        services.AddScoped<HelpService>();
        services.AddSingleton<HelpFiles>();
        services.AddScoped<HelpAttachments>();
        services.AddScoped<HelpFileSweep>();
        services.AddScoped<HelpNudges>();
        services.AddScoped<HelpAnswerers>();
        services.AddScoped<HelpHelpers>();
        services.AddScoped<HelpLearnerPanel>();
        return services;
    }
}
