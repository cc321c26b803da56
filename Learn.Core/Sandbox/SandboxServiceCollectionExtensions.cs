using Learn.Core.Sandbox.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>The practice shop. The host loads the <see cref="ScenarioCatalog"/> at start-up.</summary>
    public static IServiceCollection AddLearnSandbox(this IServiceCollection services)
    {
        services.AddSingleton<ScenarioCatalog>();
        services.AddScoped<ShopService>();
        return services;
    }
}
