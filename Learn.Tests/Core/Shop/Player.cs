using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;

namespace Learn.Tests.Core.Shop;

/// <summary>Plays a scenario through the service the way a careful seller would, or the way a victim would.</summary>
public static class Player
{
    /// <summary>Answers questions, refuses every scam, checks the mutasi before shipping, accepts cancellations, refunds complaints, records a returned COD parcel.</summary>
    public static async Task<ScenarioRun> PlayCarefullyAsync(ShopFixture f, PracticeShop shop, ScenarioRun run) =>
        await PlayAsync(f, shop, run, fallFor: null);

    /// <summary>Like <see cref="PlayCarefullyAsync"/>, except that the given scam is fallen for.</summary>
    public static async Task<ScenarioRun> PlayAsync(ShopFixture f, PracticeShop shop, ScenarioRun run, Twist? fallFor)
    {
        for (var day = 0; day < 30; day++)
        {
            foreach (var order in (await f.Service.OrdersAsync(shop.Id)).Where(o => !o.IsSettled).OrderBy(o => o.Id))
            {
                var victim = fallFor == order.Twist;
                if (order.QuestionPending)
                {
                    await f.Service.ReplyAsync(shop, order, "Masih ada, Bu. Hari ini dikirim.");
                }

                switch (order.Prompt)
                {
                    case OrderPrompt.OverpaidRefund or OrderPrompt.CourierFee or OrderPrompt.ApkLink or OrderPrompt.OtpRequest
                        or OrderPrompt.MarketplaceService or OrderPrompt.FalseComplaint:
                        await f.Service.AnswerAsync(shop, order, accept: victim);
                        break;
                    case OrderPrompt.ParcelReturned:
                        await f.Service.AnswerAsync(shop, order, accept: !victim);
                        break;
                    case OrderPrompt.Cancellation or OrderPrompt.Complaint:
                        await f.Service.AnswerAsync(shop, order, accept: true);
                        break;
                }

                if (order.Status == OrderStatus.New)
                {
                    if (order.Payment == Payment.Transfer && !(victim && order.Twist == Twist.FakeReceipt))
                    {
                        await f.Service.CheckMutasiAsync(shop, order);
                        if (!order.MoneyArrives)
                        {
                            await f.Service.RefuseAsync(shop, order);
                            continue;
                        }
                    }

                    await f.Service.ShipAsync(shop, order, "JNE", "JNE" + order.Id.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
                    if (order.Prompt == OrderPrompt.CourierFee)
                    {
                        await f.Service.AnswerAsync(shop, order, accept: victim);
                    }
                }
            }

            if (!(await f.Service.RunsAsync(shop.Id)).Single(r => r.Id == run.Id).IsActive)
            {
                break;
            }

            await f.Service.FastForwardAsync(shop);
        }

        return (await f.Service.RunsAsync(shop.Id)).Single(r => r.Id == run.Id);
    }
}
