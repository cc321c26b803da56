using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Help;
using Learn.Web.Help;
using Learn.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Hosting;

/// <summary>A province: two nodes on one PostgreSQL and one Redis, as behind a load balancer.</summary>
public sealed class TwoNodeTests : IRunsOnPostgreSql
{
    [StorageFact]
    public async Task TwoNodesStartedTogetherOnAnEmptyDatabaseComeUpWithOneDemoVillageAndAcceptEachOthersSignIns()
    {
        await using var province = await Province.StartAsync(demoVillage: true);
        using var a = Province.ClientOf(province.A);
        using var b = Province.ClientOf(province.B);

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/health")).StatusCode);
        Assert.Equal(1, await province.A.WithDbAsync(db => db.Villages.CountAsync()));
        Assert.Equal(1, await province.A.WithDbAsync(db => db.Accounts.CountAsync(x => x.Phone == "081225010101")));

        // Both started on an empty key ring at the same moment: a cookie made on A still opens B.
        var cookie = await HelpClient.SignInCookieAsync(a, "081225010101", DemoVillageSeeder.DemoPin);
        using var onB = new HttpRequestMessage(HttpMethod.Get, "/akun");
        onB.Headers.Add("Cookie", cookie);
        var page = await b.SendAsync(onB);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Dimas Aditya", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task ALearnerOnOneNodeAndTheirKaderOnTheOtherTalkBothWaysOnceAndTheLearnerCatchesUpOnTheOtherNodeWhenTheirsStops()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var away = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Pergi");
        var kaderAccount = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Hadir");
        var learnerAccount = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        using var a = Province.ClientOf(province.A);
        await using var kader = await Province.HelpOnAsync(province.B, kaderAccount.Phone);
        var learnerCookie = await HelpClient.SignInCookieAsync(a, learnerAccount.Phone);
        var learner = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, learnerCookie);

        // Routing on A sees the kader connected to B as online, and picks them over the one who is away.
        var request = (await learner.AskAsync("Bagaimana cara memotret produk?")).Value!;
        Assert.Equal(kaderAccount.Id, await province.A.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id).Select(r => r.FirstHelperId).SingleAsync()));
        Assert.NotEqual(away.Id, kaderAccount.Id);
        var question = await kader.NextMessageAsync(m => m.RequestId == request.Id);
        Assert.Equal("Bagaimana cara memotret produk?", question.Text);

        var reply = (await kader.SendAsync(request.Id, "Pakai cahaya dari jendela, Bu.")).Value!;
        Assert.Equal("Pakai cahaya dari jendela, Bu.", (await learner.NextMessageAsync(m => m.Id == reply.Id)).Text);
        var thanks = (await learner.SendAsync(request.Id, "Terima kasih!")).Value!;
        await kader.NextMessageAsync(m => m.Id == thanks.Id);

        // Node A stops mid-conversation; the kader writes while the learner is cut off.
        await province.A.DisposeAsync();
        await learner.DisposeAsync();
        var missed = (await kader.SendAsync(request.Id, "Lalu unggah fotonya di Toko Latihan.")).Value!;

        // The load balancer sends the learner to B: A's cookie works there, and they get what they missed.
        await using var again = await HelpClient.ConnectOverHttpAsync(province.B.ClientOptions.BaseAddress, learnerCookie);
        var caughtUp = await again.JoinAsync(request.Id, afterId: thanks.Id);
        Assert.Equal([missed.Id], caughtUp!.Messages.Select(m => m.Id));
        var live = (await kader.SendAsync(request.Id, "Sudah bisa?")).Value!;
        Assert.Equal("Sudah bisa?", (await again.NextMessageAsync(m => m.Id == live.Id)).Text);

        // Exactly once each way: the kader got the question and the thanks once, the learner the reply once.
        Assert.Single(kader.Messages, m => m.Id == question.Id);
        Assert.Single(kader.Messages, m => m.Id == thanks.Id);
        Assert.Single(learner.Messages, m => m.Id == reply.Id);
        Assert.Single(again.Messages, m => m.Id == live.Id);
        Assert.Equal(5, await province.B.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == request.Id)));
    }

    [StorageFact]
    public async Task AnUnansweredRequestEscalatesOnceWhenBothNodesCheckAtTheSameTime()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var first = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var other = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Dua");
        var learnerAccount = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        // Their own kader is offline; the other kader of the village is online on B.
        await province.A.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new KaderAssignment(learnerAccount.Id, first.Id, false, "test", province.A.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
        });
        await using var otherKader = await Province.HelpOnAsync(province.B, other.Phone);
        await using var learner = await Province.HelpOnAsync(province.A, learnerAccount.Phone);
        var request = (await learner.AskAsync("Kuis soal 2 bagaimana?")).Value!;
        Assert.Equal(HelpStage.FirstKader, request.Stage);
        Assert.Equal(first.Id, await province.A.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id).Select(r => r.FirstHelperId).SingleAsync()));

        province.A.Time.Advance(TimeSpan.FromMinutes(4));
        province.B.Time.Advance(TimeSpan.FromMinutes(4));
        var moved = await Task.WhenAll(
            Task.Run(() => province.A.Services.GetRequiredService<HelpEscalationService>().RunOnceAsync()),
            Task.Run(() => province.B.Services.GetRequiredService<HelpEscalationService>().RunOnceAsync()));

        Assert.Equal(1, moved.Sum());
        // The other kader (online on B, so escalation goes to the village's kader, not the facilitator) is told.
        var changed = await otherKader.NextChangeAsync(r => r.Id == request.Id && r.Stage == HelpStage.VillageKader);
        Assert.Equal(HelpStatus.Waiting, changed.Status);
        Assert.Equal(HelpStage.VillageKader, await province.A.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id).Select(r => r.Stage).SingleAsync()));
        Assert.Equal(0, await province.B.Services.GetRequiredService<HelpEscalationService>().RunOnceAsync());
    }
}
