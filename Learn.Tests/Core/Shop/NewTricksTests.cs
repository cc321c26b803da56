using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Shop;

/// <summary>The tricks the lessons teach that the shop now shows: an OTP request, a fake marketplace service, a false complaint, a refused COD parcel.</summary>
public sealed class NewTricksTests
{
    public static TheoryData<Twist, string, string, string> Tricks() => new()
    {
        { Twist.OtpRequest, "otp_sent", "otp_refused", ShopLessons.Otp },
        { Twist.FakeMarketplaceService, "service_link_opened", "service_link_refused", ShopLessons.Scams },
        { Twist.FalseComplaint, "false_complaint_refunded", "false_complaint_checked", ShopLessons.Chat },
    };

    private static Scenario One(Twist twist, Payment payment = Payment.EWallet) => new("trick-" + twist, "Trick", null, "One trick", null,
        ShopLessons.Scams, 3, 5, [new ScenarioBuyer("Bu Rina", "Bekasi", 1, 1, payment, null, twist, 5)], null,
        new ScenarioSuccess(1, Twists.IsScam(twist) ? 1 : 0, 0, false, false), "test");

    [Theory]
    [MemberData(nameof(Tricks))]
    public async Task FallingForTheTrickIsAMistakeLinkedToTheLessonThatTeachesIt(Twist twist, string mistake, string good, string lesson)
    {
        await using var f = await ShopFixture.CreateAsync([One(twist)]);
        var shop = await f.NewShopAsync();
        var run = await Player.PlayAsync(f, shop, await f.Service.StartScenarioAsync(shop, "trick-" + twist), fallFor: twist);

        Assert.Equal(RunStatus.Failed, run.Status);
        var feedback = await f.Service.FeedbackAsync(shop.Id);
        Assert.Contains(feedback, fb => !fb.IsGood && fb.Code == mistake && fb.LessonId == lesson);
        Assert.DoesNotContain(feedback, fb => fb.Code == good);
        Assert.False(await f.Db.Milestones.AnyAsync(m => m.Key == ShopService.MilestoneScamRefused));
    }

    [Theory]
    [MemberData(nameof(Tricks))]
    public async Task SeeingThroughTheTrickSucceedsAndEarnsTheScamMilestone(Twist twist, string mistake, string good, string lesson)
    {
        await using var f = await ShopFixture.CreateAsync([One(twist)]);
        var shop = await f.NewShopAsync();
        var run = await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "trick-" + twist));

        Assert.True(run.Status == RunStatus.Succeeded, run.Result);
        var feedback = await f.Service.FeedbackAsync(shop.Id);
        Assert.Contains(feedback, fb => fb.IsGood && fb.Code == good && fb.LessonId == lesson);
        Assert.DoesNotContain(feedback, fb => fb.Code == mistake);
        Assert.True(await f.Db.Milestones.AnyAsync(m => m.Key == ShopService.MilestoneScamRefused));
    }

    [Fact]
    public async Task TheTrickIsInWhatTheBuyerSendsNotInALabel()
    {
        await using var f = await ShopFixture.CreateAsync([One(Twist.OtpRequest)]);
        var shop = await f.NewShopAsync();
        await f.Service.StartScenarioAsync(shop, "trick-" + Twist.OtpRequest);
        var order = (await f.Service.OrdersAsync(shop.Id)).Single();

        Assert.Equal(OrderPrompt.OtpRequest, order.Prompt);
        Assert.Contains(await f.Service.MessagesAsync(shop.Id, order.Id), m => m.Sender == MessageSender.Buyer && m.Kind == MessageKind.OtpRequest);
        await Assert.ThrowsAsync<Learn.Core.LearnDomainException>(() => f.Service.ShipAsync(shop, order, "JNE", "JNE123456789"));
    }

    [Fact]
    public async Task ACodParcelRefusedAtTheDoorComesBackAndMustBeRecordedNotResent()
    {
        foreach (var resend in new[] { false, true })
        {
            await using var f = await ShopFixture.CreateAsync([One(Twist.CodRefused, Payment.Cod) with { Success = new ScenarioSuccess(0, 0, 0, false, false) }]);
            var shop = await f.NewShopAsync();
            var run = resend
                ? await Player.PlayAsync(f, shop, await f.Service.StartScenarioAsync(shop, "trick-" + Twist.CodRefused), fallFor: Twist.CodRefused)
                : await Player.PlayCarefullyAsync(f, shop, await f.Service.StartScenarioAsync(shop, "trick-" + Twist.CodRefused));

            var order = (await f.Service.OrdersAsync(shop.Id)).Single();
            Assert.Equal(OrderStatus.Returned, order.Status);
            Assert.Contains(await f.Service.MessagesAsync(shop.Id, order.Id), m => m.Kind == MessageKind.CodRefused);
            var feedback = await f.Service.FeedbackAsync(shop.Id);
            Assert.Equal(resend ? "cod_resent" : "cod_return_recorded", feedback.Single(fb => fb.Code.StartsWith("cod_", StringComparison.Ordinal)).Code);
            Assert.Equal(resend ? RunStatus.Failed : RunStatus.Succeeded, run.Status);
            Assert.False(await f.Db.Milestones.AnyAsync(m => m.Key == ShopService.MilestoneOrderFulfilled));
        }
    }
}
