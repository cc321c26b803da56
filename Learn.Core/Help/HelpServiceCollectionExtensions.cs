using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Learn.Core.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>
    /// Live-help services. Routing and notification are replaceable: a tutor-assignment feature
    /// registers its own <see cref="IHelpRouting"/>, the web host its SignalR <see cref="IHelpNotifier"/>.
    /// </summary>
    public static IServiceCollection AddLearnHelp(this IServiceCollection services)
    {
        services.AddSingleton<HelpPresence>();
        services.TryAddSingleton<IHelpPresence>(sp => sp.GetRequiredService<HelpPresence>());
        services.AddSingleton<HelpWriteGate>();
        services.TryAddScoped<IHelpRouting, VillageKaderRouting>();
        services.TryAddSingleton<IHelpNotifier, SilentHelpNotifier>();
        services.AddScoped<HelpService>();
        return services;
    }
}
