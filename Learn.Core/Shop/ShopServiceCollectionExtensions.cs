using Learn.Core.Shop.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Core.Shop;

public static class ShopServiceCollectionExtensions
{
    /// <summary>The practice shop. The host loads the <see cref="ScenarioCatalog"/> at start-up.</summary>
    public static IServiceCollection AddLearnPracticeShop(this IServiceCollection services)
    {
        services.AddSingleton<ScenarioCatalog>();
        services.AddScoped<ShopService>();
        return services;
    }
}
