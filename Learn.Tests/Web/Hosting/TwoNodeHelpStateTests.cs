using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Help;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Hosting;

/// <summary>Live help keeps requests and queues in memory on each node: a change committed on one node must hold on the other.</summary>
public sealed class TwoNodeHelpStateTests : IRunsOnPostgreSql
{
    [StorageFact]
    public async Task AKaderHandedARequestOnOneNodeAnswersOnTheOtherAndTheKaderBeforeThemIsRefusedThere()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var first = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var second = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Dua");
        var siti = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        var ani = await province.A.AddAccountAsync(Role.Learner, village.Id, "Ani Lestari");
        await province.A.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new KaderAssignment(siti.Id, first.Id, false, "test", province.A.Time.GetUtcNow(), null));
            db.KaderAssignments.Add(new KaderAssignment(ani.Id, first.Id, false, "test", province.A.Time.GetUtcNow(), null));
            return await db.SaveChangesAsync();
        });
        using var a = Province.ClientOf(province.A);

        // Both learners ask on A, so A holds both requests and the village queue in memory; B reads the queue too.
        await using var sitiOnA = await Province.HelpOnAsync(province.A, siti.Phone);
        var aniCookie = await HelpClient.SignInCookieAsync(a, ani.Phone);
        await using var aniOnA = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, aniCookie);
        await using var aniOnB = await HelpClient.ConnectOverHttpAsync(province.B.ClientOptions.BaseAddress, aniCookie);
        var sitiAsks = (await sitiOnA.AskAsync("Cara memotret produk?")).Value!;
        var aniAsks = (await aniOnA.AskAsync("Cara menulis harga?")).Value!;
        Assert.Equal(2, aniAsks.QueuePosition);
        Assert.Equal(2, (await aniOnB.JoinAsync(aniAsks.Id))!.Request.QueuePosition);

        // On B, Siti's kader takes her request and hands it to the other kader.
        await using var firstOnB = await Province.HelpOnAsync(province.B, first.Phone);
        Assert.Equal(HelpStatus.Active, (await firstOnB.InvokeAsync("Take", sitiAsks.Id)).Value!.Status);
        Assert.Equal(second.Id, (await firstOnB.InvokeAsync("Transfer", sitiAsks.Id, second.Id)).Value!.HelperId);

        // On A, the kader now helping is served and the one before is not; Ani is next in the queue on both nodes.
        await using var secondOnA = await Province.HelpOnAsync(province.A, second.Phone);
        var answer = await secondOnA.SendAsync(sitiAsks.Id, "Saya bantu, Bu. Pakai cahaya jendela.");
        Assert.Null(answer.ErrorCode);
        Assert.Equal("Saya bantu, Bu. Pakai cahaya jendela.", (await sitiOnA.NextMessageAsync(m => m.Id == answer.Value!.Id)).Text);
        await using var firstOnA = await Province.HelpOnAsync(province.A, first.Phone);
        Assert.Equal("help.not_found", (await firstOnA.SendAsync(sitiAsks.Id, "Masih di sini?")).ErrorCode);
        Assert.Null(await firstOnA.JoinAsync(sitiAsks.Id));
        Assert.Equal(1, (await aniOnA.JoinAsync(aniAsks.Id))!.Request.QueuePosition);
        Assert.Equal(1, (await aniOnB.JoinAsync(aniAsks.Id))!.Request.QueuePosition);
    }

    [StorageFact]
    public async Task ARequestClosedOnOneNodeCannotBeWrittenToOnTheOther()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var kader = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var siti = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        using var a = Province.ClientOf(province.A);
        var sitiCookie = await HelpClient.SignInCookieAsync(a, siti.Phone);
        await using var sitiOnA = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, sitiCookie);
        await using var kaderOnA = await Province.HelpOnAsync(province.A, kader.Phone);
        var asked = (await sitiOnA.AskAsync("Kuis soal 2 bagaimana?")).Value!;
        Assert.Null((await kaderOnA.SendAsync(asked.Id, "Coba baca lagi bagian foto.")).ErrorCode);

        // Siti closes it from her phone, which the load balancer sent to B.
        await using var sitiOnB = await HelpClient.ConnectOverHttpAsync(province.B.ClientOptions.BaseAddress, sitiCookie);
        Assert.Equal(HelpStatus.Resolved, (await sitiOnB.InvokeAsync("Resolve", asked.Id, HelpOutcome.Solved)).Value!.Status);

        // A knows at once: the conversation shows closed there and takes no more messages.
        Assert.Equal(HelpStatus.Resolved, (await kaderOnA.JoinAsync(asked.Id))!.Request.Status);
        Assert.Equal("help.closed", (await kaderOnA.SendAsync(asked.Id, "Ada lagi?")).ErrorCode);
        Assert.Equal(2, await province.A.WithDbAsync(db => Task.FromResult(db.HelpMessages.Count(m => m.RequestId == asked.Id))));
    }

    [StorageFact]
    public async Task RequestsTheWriterReadsTogetherAreTheOnesLastCommittedOnEitherNode()
    {
        await using var province = await Province.StartAsync();
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var kader = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var siti = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        var ani = await province.A.AddAccountAsync(Role.Learner, village.Id, "Ani Lestari");
        await using var sitiOnA = await Province.HelpOnAsync(province.A, siti.Phone);
        await using var aniOnA = await Province.HelpOnAsync(province.A, ani.Phone);
        var sitiAsks = (await sitiOnA.AskAsync("Cara memotret produk?")).Value!;
        var aniAsks = (await aniOnA.AskAsync("Cara menulis harga?")).Value!;
        var onA = province.A.Services.GetRequiredService<IHelpLiveState>();
        Task<IReadOnlyDictionary<long, HelpRequest>> ReadOnA(params long[] ids) => province.A.WithDbAsync(db => onA.RequestsAsync(db, ids).AsTask());

        // Node A reads both (and an id that does not exist) in one go, and keeps copies of them.
        var first = await ReadOnA(sitiAsks.Id, aniAsks.Id, aniAsks.Id + 1000);
        Assert.Equal([sitiAsks.Id, aniAsks.Id], first.Keys.Order());
        Assert.All(first.Values, r => Assert.Equal(HelpStatus.Waiting, r.Status));

        // The kader takes Siti's request on node B: A's copy of it is out of date from the moment B answers.
        await using var kaderOnB = await Province.HelpOnAsync(province.B, kader.Phone);
        Assert.Equal(HelpStatus.Active, (await kaderOnB.InvokeAsync("Take", sitiAsks.Id)).Value!.Status);

        var after = await ReadOnA(sitiAsks.Id, aniAsks.Id);
        Assert.Equal(HelpStatus.Active, after[sitiAsks.Id].Status);
        Assert.Equal(kader.Id, after[sitiAsks.Id].HelperId);
        Assert.Equal(HelpStatus.Waiting, after[aniAsks.Id].Status);
        // The same as A reads each alone.
        var alone = await province.A.WithDbAsync(async db => (await onA.RequestAsync(db, sitiAsks.Id))!);
        Assert.Equal((alone.Status, alone.HelperId), (after[sitiAsks.Id].Status, after[sitiAsks.Id].HelperId));

        // Siti's messages on A only move the request's last activity, so A keeps its own copy; when she closes it from B, A still knows at once.
        Assert.Null((await sitiOnA.SendAsync(sitiAsks.Id, "Terima kasih, Kak.")).ErrorCode);
        Assert.Null((await sitiOnA.SendAsync(sitiAsks.Id, "Sudah saya coba.")).ErrorCode);
        await using var sitiOnB = await Province.HelpOnAsync(province.B, siti.Phone);
        Assert.Equal(HelpStatus.Resolved, (await sitiOnB.InvokeAsync("Resolve", sitiAsks.Id, HelpOutcome.Solved)).Value!.Status);
        Assert.Equal(HelpStatus.Resolved, (await ReadOnA(sitiAsks.Id))[sitiAsks.Id].Status);
        Assert.Equal("help.closed", (await sitiOnA.SendAsync(sitiAsks.Id, "Satu lagi?")).ErrorCode);
    }
}
