using Learn.Core.Shop.Scenarios;

namespace Learn.Web.Shop;

public static class ShopExtensions
{
    /// <summary>The practice shop's web parts: scenario loading at start, photo storage.</summary>
    public static IServiceCollection AddLearnShop(this IServiceCollection services)
    {
        services.AddOptions<ShopOptions>().BindConfiguration(ShopOptions.Section);
        services.AddSingleton<ShopPhotoStore>();
        services.AddSingleton<Learn.Core.Facilitator.Privacy.ILearnerFiles>(sp => sp.GetRequiredService<ShopPhotoStore>());
        services.AddHostedService<ShopStartup>();
        return services;
    }

    /// <summary>For <c>courses check</c>: scenario problems and unknown scenario references of a loaded tree.</summary>
    public static ScenarioLoadResult CheckScenarios(Learn.Content.Courses.CourseSnapshot snapshot) =>
        ScenarioLoader.Load(Path.Combine(snapshot.Root, ScenarioLoader.FolderName), snapshot);
}
