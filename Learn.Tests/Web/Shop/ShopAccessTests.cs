using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Shop;

[Collection(ShopWebTests.Name)]
public sealed class ShopAccessTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    [Fact]
    public async Task ALearnerCannotOpenAnotherLearnersOrderProductOrPhotoByChangingTheId()
    {
        var village = await app.AddVillageAsync("Akses " + Guid.NewGuid().ToString("N")[..6]);
        var (_, _, product, order) = await app.LearnerWithOrderAsync(village.Id);
        var (other, _, _, _) = await app.LearnerWithOrderAsync(village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(other.Phone);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/toko/pesanan/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/toko/produk/{product.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/toko/foto/{product.Id}")).StatusCode);
        // The statement page shows only the learner's own lines and ignores another shop's order id.
        Assert.DoesNotContain($"pesanan #{order.Id}", await client.GetStringAsync($"/toko/mutasi?order={order.Id}"), StringComparison.Ordinal);
        var ship = await client.PostFormAsync("/toko/pesanan", [new("Courier", "JNE"), new("Resi", "JNE123456789")],
            $"/toko/pesanan/{order.Id}?handler=Ship");
        Assert.Equal(HttpStatusCode.NotFound, ship.StatusCode);
        var status = await app.WithDbAsync(db => db.ShopOrders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync());
        Assert.Equal(Learn.Core.Shop.OrderStatus.New, status);
    }

    [Fact]
    public async Task AKaderSeesTheirOwnLearnersShopsReadOnlyAndNoOneElses()
    {
        var village = await app.AddVillageAsync("Kader " + Guid.NewGuid().ToString("N")[..6]);
        var elsewhere = await app.AddVillageAsync("Lain " + Guid.NewGuid().ToString("N")[..6]);
        var (learner, _, _, _) = await app.LearnerWithOrderAsync(village.Id);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id);
        var sameVillageKader = await app.AddAccountAsync(Role.Kader, village.Id);
        var stranger = await app.AddAccountAsync(Role.Kader, elsewhere.Id);
        await app.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
        });

        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(kader.Phone);
        var page = await client.GetAsync($"/toko/peserta/{learner.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("SIMULASI", html, StringComparison.Ordinal);
        Assert.Contains("Keripik tempe 250 g", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/reset", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/toko/peserta/{learner.Id}/reset")).StatusCode);
        // A kader has no shop of their own to act in.
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/toko/pesanan")).StatusCode);

        foreach (var other in new[] { sameVillageKader, stranger })
        {
            var otherClient = app.CreateBrowserLikeClient();
            await otherClient.SignInOkAsync(other.Phone);
            Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"/toko/peserta/{learner.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task AFacilitatorResetsALearnersShopAfterConfirming()
    {
        var village = await app.AddVillageAsync("Reset " + Guid.NewGuid().ToString("N")[..6]);
        var (learner, shop, _, _) = await app.LearnerWithOrderAsync(village.Id);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);

        var confirm = await client.GetStringAsync($"/toko/peserta/{learner.Id}/reset");
        Assert.Contains("Ya, kosongkan", confirm, StringComparison.Ordinal);
        var response = await client.PostFormAsync($"/toko/peserta/{learner.Id}/reset", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ShopOrders.CountAsync(o => o.ShopId == shop.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ShopProducts.CountAsync(p => p.ShopId == shop.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "shop.reset" && a.SubjectAccountId == learner.Id)));
    }

    [Fact]
    public async Task EveryShopPageIsMarkedAsASimulation()
    {
        var village = await app.AddVillageAsync("Sim " + Guid.NewGuid().ToString("N")[..6]);
        var (learner, _, product, order) = await app.LearnerWithOrderAsync(village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        foreach (var url in new[] { "/toko", "/toko/produk", $"/toko/produk/{product.Id}", "/toko/produk/baru", "/toko/pesanan",
                     $"/toko/pesanan/{order.Id}", "/toko/mutasi", "/toko/kas", "/toko/statistik" })
        {
            var html = await client.GetStringAsync(url);
            Assert.Contains("<strong class=\"shop-sim\">SIMULASI</strong>", html, StringComparison.Ordinal);
        }
    }
}
