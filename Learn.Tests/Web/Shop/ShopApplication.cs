using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Shop;

/// <summary>The app with the shipped curriculum and its shop scenarios, one per shop test class.</summary>
public class ShopApplication : LearnApplication
{
    public ShopApplication()
        : this(LearnTestHost.Sqlite)
    {
    }

    internal ShopApplication(LearnTestHost host)
        : base(host.WithRealCourses())
    {
    }

    public async Task<T> WithShopAsync<T>(Func<ShopService, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ShopService>());
    }

    /// <summary>A learner with an open shop, one product and the first-order scenario started (so one order).</summary>
    public async Task<(Account Learner, Learn.Core.Shop.PracticeShop PracticeShop, ShopProduct Product, ShopOrder Order)> LearnerWithOrderAsync(int villageId)
    {
        var learner = await AddAccountAsync(Role.Learner, villageId);
        return await WithShopAsync(async shops =>
        {
            var shop = await shops.OpenAsync(learner.Id, "Toko");
            var product = await shops.SaveProductAsync(shop, null, new ProductInput("Keripik tempe 250 g", "Renyah.", 25_000, 10_000, 20, 250), null);
            await shops.StartScenarioAsync(shop, "first-order");
            var order = (await shops.OrdersAsync(shop.Id)).Single();
            return (learner, shop, product, order);
        });
    }
}
