using Learn.Core;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Shop;

public sealed class ShopServiceTests
{
    public static TheoryData<string> ShippedScenarioIds() => ScenarioEngineTests.ShippedScenarioIds();

    public static TheoryData<Twist> Scams() => new(Twist.FakeReceipt, Twist.Overpaid, Twist.FakeCourierFee, Twist.ApkLink);

    private static Scenario OneScam(Twist twist) => new("scam-" + twist, "Scam", null, "One scam", null, ShopLessons.Scams, 2, 3,
        [new ScenarioBuyer("Penipu", "Jakarta", 1, 1, twist == Twist.FakeCourierFee ? Payment.EWallet : Payment.Transfer, null, twist, null)],
        null, new ScenarioSuccess(0, 1, 0, false, false), "test");

    [Theory]
    [MemberData(nameof(ShippedScenarioIds))]
    public async Task ACarefulSellerSucceedsInEveryShippedScenario(string id)
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        var run = await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, id));
        Assert.True(run.Status == RunStatus.Succeeded, $"{id}: {run.Status} {run.Result}");
        Assert.Contains(id, await f.Service.SucceededScenariosAsync(shop.LearnerId));
    }

    [Fact]
    public async Task TheMarketplaceKeepsItsPercentageAndTheFixedFeePerOrderAsThePricingLessonTeaches()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "cash-book-week"));

        var paidOut = (await f.Service.OrdersAsync(shop.Id)).Where(o => o.Payment != Payment.Transfer && o.Status is OrderStatus.Delivered or OrderStatus.Completed).ToList();
        Assert.NotEmpty(paidOut);
        var fees = await f.Db.LedgerEntries.Where(e => e.ShopId == shop.Id && e.Kind == LedgerKind.MarketplaceFee).ToListAsync();
        foreach (var order in paidOut)
        {
            var fee = Assert.Single(fees, e => e.OrderId == order.Id);
            Assert.Equal((order.Subtotal * 5 / 100) + 1_250, Math.Abs(fee.Amount));
        }
    }

    [Theory]
    [MemberData(nameof(Scams))]
    public async Task FallingForAScamIsAMistakeAndTheScenarioFails(Twist scam)
    {
        await using var f = await ShopFixture.CreateAsync([OneScam(scam)]);
        var shop = await f.NewShopAsync();
        var run = await Player.PlayAsync(f, shop, await f.Service.StartScenarioAsync(shop, "scam-" + scam), fallFor: scam);
        Assert.Equal(RunStatus.Failed, run.Status);
        var feedback = await f.Service.FeedbackAsync(shop.Id);
        Assert.Contains(feedback, fb => !fb.IsGood && fb.LessonId is ShopLessons.Scams or ShopLessons.Payments);
        Assert.DoesNotContain(feedback, fb => fb.ScamRefused);
        Assert.False(await f.Db.Milestones.AnyAsync(m => m.Key == ShopService.MilestoneScamRefused));
    }

    [Theory]
    [MemberData(nameof(Scams))]
    public async Task RefusingAScamIsASuccessAndEarnsTheMilestone(Twist scam)
    {
        await using var f = await ShopFixture.CreateAsync([OneScam(scam)]);
        var shop = await f.NewShopAsync();
        var run = await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "scam-" + scam));
        Assert.Equal(RunStatus.Succeeded, run.Status);
        var feedback = await f.Service.FeedbackAsync(shop.Id);
        Assert.All(feedback, fb => Assert.True(fb.IsGood, fb.Code));
        var milestone = await f.Db.Milestones.SingleAsync(m => m.Key == ShopService.MilestoneScamRefused);
        Assert.Contains($"scenario scam-{scam}, run {run.Id}", milestone.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippingBeforeTheMoneyArrivesIsJudgedWithTheLessonThatTeachesIt()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        await f.Service.StartScenarioAsync(shop, "check-the-mutasi");
        await f.Service.FastForwardAsync(shop);
        var unpaid = (await f.Service.OrdersAsync(shop.Id)).Single(o => o.Twist == Twist.Unpaid);
        var verdicts = await f.Service.ShipAsync(shop, unpaid, "J&T", "JT0012345678");
        var verdict = Assert.Single(verdicts);
        Assert.False(verdict.IsGood);
        Assert.Equal("unpaid_shipped", verdict.Code);
        Assert.Equal("pembayaran-dan-mutasi", verdict.LessonId);
    }

    [Fact]
    public async Task TheSameScenarioAndSeedReplayTheSameShopHistory()
    {
        async Task<List<string>> PlayOnce()
        {
            await using var f = await ShopFixture.CreateAsync();
            var shop = await f.NewShopAsync();
            await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "lebaran-week", seed: 99));
            var orders = await f.Service.OrdersAsync(shop.Id);
            var ledger = await f.Service.LedgerAsync(shop.Id);
            return [.. orders.OrderBy(o => o.Sequence).Select(o => $"{o.PlacedDay}:{o.BuyerName}:{o.Quantity}:{o.Payment}:{o.TransferAmount}:{o.Status}:{o.Stars}"),
                .. ledger.Select(e => $"{e.Day}:{e.Kind}:{e.Amount}")];
        }

        Assert.Equal(await PlayOnce(), await PlayOnce());
    }

    [Fact]
    public async Task AWeekOfSellingKeepsTheCashBookBalancedAndEarnsMilestones()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        var run = await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "cash-book-week"));
        var ledger = await f.Service.LedgerAsync(shop.Id);
        var book = new CashBook(ledger);
        Assert.Equal(ledger.Sum(e => e.Amount), book.Balance);
        Assert.True(book.Profit > 0);
        Assert.Equal(5, await f.Db.Milestones.CountAsync(m => m.Key == ShopService.MilestoneOrderFulfilled));
        Assert.Contains($"run {run.Id}", (await f.Db.Milestones.SingleAsync(m => m.Key == ShopService.MilestonePositiveMargin)).Evidence,
            StringComparison.Ordinal);
        Assert.Equal(1, await f.Db.Milestones.CountAsync(m => m.Key == ShopService.MilestoneListing));
        var stats = await f.Service.StatsAsync(shop);
        Assert.Equal(book.Turnover, stats.Days.Sum(d => d.Turnover));
        Assert.Equal(6, stats.Products.Single().Units);
        Assert.True(stats.Visits > stats.Orders);
    }

    [Fact]
    public async Task ABuyerWhoFindsNoStockIsALostSale()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync(stock: 1);
        await f.Service.StartScenarioAsync(shop, "first-order");
        var feedback = Assert.Single(await f.Service.FeedbackAsync(shop.Id));
        Assert.Equal("missed_out_of_stock", feedback.Code);
        Assert.Empty(await f.Service.OrdersAsync(shop.Id));
    }

    [Fact]
    public async Task ABadTrackingNumberIsRefusedWithAClearCode()
    {
        await using var f = await ShopFixture.CreateAsync();
        var shop = await f.NewShopAsync();
        await f.Service.StartScenarioAsync(shop, "first-listing");
        var order = Assert.Single(await f.Service.OrdersAsync(shop.Id));
        var e = await Assert.ThrowsAsync<LearnDomainException>(() => f.Service.ShipAsync(shop, order, "JNE", "12 3"));
        Assert.Equal("shop.resi_invalid", e.Code);
        Assert.Equal(OrderStatus.New, (await f.Service.FindOrderAsync(shop.Id, order.Id))!.Status);
    }
}
