using Learn.Core.Accounts;
using Learn.Core.Shop;

namespace Learn.Tests.Core.Shop;

public sealed class ShopPhotoAccessTests
{
    [Fact]
    public async Task AProductPhotoIsFoundForItsLearnerAndAnAdminButNotForAnotherLearner()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        var other = await f.NewShopAsync(withPhoto: false);
        var product = (await f.Service.ProductsAsync(shop.Id)).Single();

        var mine = await f.Service.FindPhotoForViewerAsync(new Actor(shop.LearnerId, Role.Learner), product.Id);
        var admin = await f.Service.FindPhotoForViewerAsync(new Actor(int.MaxValue, Role.Admin), product.Id);
        var stranger = await f.Service.FindPhotoForViewerAsync(new Actor(other.LearnerId, Role.Learner), product.Id);
        var missing = await f.Service.FindPhotoForViewerAsync(new Actor(shop.LearnerId, Role.Learner), product.Id + 1000);

        Assert.Equal(new ProductPhotoFile(shop.Id, "photo.jpg"), mine);
        Assert.Equal(mine, admin);
        Assert.Null(stranger);
        Assert.Null(missing);
    }
}
