using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Tests.Core.Storage;
using Learn.Web.Help;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Help;

/// <summary>The help hub through the official SignalR client (long polling) against the test server.</summary>
[Collection(WebTests.Name)]
public class HelpHubTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private sealed record People(int VillageId, Account Learner, Account Kader, Account OtherKader, Account Facilitator);

    private async Task<People> VillageAsync()
    {
        var village = await app.AddVillageAsync("Bantu " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var other = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Dua");
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id, "Fasilitator");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        return new People(village.Id, learner, kader, other, facilitator);
    }

    [StorageFact]
    public async Task AQuestionGoesToTheKaderTheRoutingPicksAndIsStoredBeforeItArrives()
    {
        var p = await VillageAsync();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var other = await HelpClient.ConnectAsync(app, p.OtherKader.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);

        var asked = await learner.AskAsync("Bagaimana cara membuka Pengaturan?", "kenali");

        var request = Assert.IsType<HelpRequestView>(asked.Value);
        Assert.Equal(HelpStage.FirstKader, request.Stage);
        Assert.Equal(1, request.QueuePosition);
        var received = await kader.NextMessageAsync(m => m.RequestId == request.Id);
        Assert.Equal("Bagaimana cara membuka Pengaturan?", received.Text);
        Assert.True(await app.WithDbAsync(db => db.HelpMessages.AnyAsync(m => m.Id == received.Id)));
        // The other kader of the village is not in this conversation until it escalates.
        Assert.Null(await other.JoinAsync(request.Id));
        Assert.NotNull(await kader.JoinAsync(request.Id));
    }

    [StorageFact]
    public async Task AQuestionGoesToTheLearnersAssignedKaderFirst()
    {
        var p = await VillageAsync();
        // The learner's assigned kader is the second one, not the village's first.
        await app.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new KaderAssignment(p.Learner.Id, p.OtherKader.Id, false, "test", app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
        });
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var other = await HelpClient.ConnectAsync(app, p.OtherKader.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);

        var request = (await learner.AskAsync("Tolong, kuis soal 2"))!.Value!;

        var received = await other.NextMessageAsync(m => m.RequestId == request.Id);
        Assert.Equal("Tolong, kuis soal 2", received.Text);
        Assert.Null(await kader.JoinAsync(request.Id));
    }

    [StorageFact]
    public async Task AnUnansweredQuestionGoesToOtherOnlineKaderAfterTheTimeoutAndThenToTheFacilitator()
    {
        var p = await VillageAsync();
        var after = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HelpOptions>>().Value.EscalateAfter;
        var escalation = app.Services.GetRequiredService<HelpEscalationService>();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var other = await HelpClient.ConnectAsync(app, p.OtherKader.Phone);
        await using var facilitator = await HelpClient.ConnectAsync(app, p.Facilitator.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Halo? Ada yang bisa bantu?"))!.Value!;

        app.Time.Advance(after - TimeSpan.FromSeconds(1));
        await escalation.RunOnceAsync();
        Assert.Null(await other.JoinAsync(request.Id));

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await escalation.RunOnceAsync();
        var widened = await other.NextChangeAsync(r => r.Id == request.Id && r.Stage == HelpStage.VillageKader);
        Assert.Equal(HelpStatus.Waiting, widened.Status);
        Assert.NotNull(await other.JoinAsync(request.Id));
        Assert.DoesNotContain(facilitator.Changes, r => r.Id == request.Id);

        app.Time.Advance(after);
        await escalation.RunOnceAsync();
        await facilitator.NextChangeAsync(r => r.Id == request.Id && r.Stage == HelpStage.Facilitator);
        var answer = await facilitator.SendAsync(request.Id, "Saya bantu ya, Bu.");
        Assert.NotNull(answer.Value);
        var helped = await learner.NextChangeAsync(r => r.Id == request.Id && r.Status == HelpStatus.Active);
        Assert.Equal(p.Facilitator.Name, helped.HelperName);
    }

    [StorageFact]
    public async Task AResentMessageWithTheSameClientIdIsStoredOnce()
    {
        var p = await VillageAsync();
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Pertanyaan pertama"))!.Value!;
        var clientId = HelpClient.NewId();

        var first = await learner.SendAsync(request.Id, "Sinyal saya putus-putus", clientId);
        var again = await learner.SendAsync(request.Id, "Sinyal saya putus-putus", clientId);

        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.Equal(1, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == request.Id && m.ClientId == clientId)));
        var conversation = await learner.JoinAsync(request.Id);
        Assert.Equal(2, conversation!.Messages.Count);
    }

    [StorageFact]
    public async Task MessagesSentAllAtOnceAreEachStoredOnceUnderTheirOwnIdEvenWithResendsAmongThem()
    {
        var p = await VillageAsync();
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        var request = (await learner.AskAsync("Pertanyaan pertama"))!.Value!;
        var earlier = (await learner.SendAsync(request.Id, "Sudah terkirim", HelpClient.NewId()))!.Value!;
        var reply = (await kader.SendAsync(request.Id, "Saya bantu ya", HelpClient.NewId()))!.Value!;

        // Many messages in flight at once share commits; resends of stored messages among them make a commit retry.
        var sends = Enumerable.Range(0, 30).Select(i => (From: i % 2 == 0 ? learner : kader, Text: $"Pesan {i}", ClientId: HelpClient.NewId())).ToList();
        var answers = await Task.WhenAll(sends.Select(s => s.From.SendAsync(request.Id, s.Text, s.ClientId))
            .Append(learner.SendAsync(request.Id, earlier.Text, earlier.ClientId))
            .Append(kader.SendAsync(request.Id, reply.Text, reply.ClientId)));

        var stored = await app.WithDbAsync(db => db.HelpMessages.Where(m => m.RequestId == request.Id).ToListAsync());
        Assert.Equal(1 + 2 + sends.Count, stored.Count);
        foreach (var answer in answers.Select(a => a.Value!))
        {
            var row = Assert.Single(stored, m => m.SenderId == answer.SenderId && m.ClientId == answer.ClientId);
            Assert.Equal((row.Id, row.Text), (answer.Id, answer.Text));
        }

        Assert.Equal(earlier.Id, answers[^2].Value!.Id);
        Assert.Equal(reply.Id, answers[^1].Value!.Id);
        Assert.Equal(stored.Count, (await learner.JoinAsync(request.Id))!.Messages.Count);
    }

    [StorageFact]
    public async Task AMessageReachesTheOtherPersonAndTheSendersOtherTabsButIsNotPushedBackToTheTabItCameFrom()
    {
        var p = await VillageAsync();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        await using var secondTab = await HelpClient.ConnectWithCookieAsync(app, learner.Cookie);
        var request = (await learner.AskAsync("Foto produk saya gelap"))!.Value!;

        var sent = (await learner.SendAsync(request.Id, "Sudah coba dekat jendela"))!.Value!;

        Assert.Equal(sent.Text, (await kader.NextMessageAsync(m => m.Id == sent.Id)).Text);
        Assert.Equal(sent.Text, (await secondTab.NextMessageAsync(m => m.Id == sent.Id)).Text);
        // Pushes to one connection arrive in order: once the kader's later reply is there, the sent message would have been too.
        var reply = (await kader.SendAsync(request.Id, "Bagus, coba lagi siang hari"))!.Value!;
        await learner.NextMessageAsync(m => m.Id == reply.Id);
        Assert.DoesNotContain(learner.Messages, m => m.Id == sent.Id);
        Assert.Equal(reply.Text, (await secondTab.NextMessageAsync(m => m.Id == reply.Id)).Text);
    }

    [StorageFact]
    public async Task AReconnectingLearnerReceivesEveryMessageSentWhileTheyWereGone()
    {
        var p = await VillageAsync();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Cara hapus foto lama?"))!.Value!;
        var seen = (await kader.SendAsync(request.Id, "Buka Galeri dulu."))!.Value!;
        await learner.NextMessageAsync(m => m.Id == seen.Id);
        var cookie = learner.Cookie;
        await learner.DisposeAsync();

        var missed1 = (await kader.SendAsync(request.Id, "Lalu tekan lama fotonya."))!.Value!;
        var missed2 = (await kader.SendAsync(request.Id, "Pilih Hapus."))!.Value!;

        await using var back = await HelpClient.ConnectWithCookieAsync(app, cookie);
        var conversation = await back.JoinAsync(request.Id, seen.Id);
        Assert.Equal([missed1.Id, missed2.Id], conversation!.Messages.Select(m => m.Id));
        Assert.Equal(HelpStatus.Active, conversation.Request.Status);
        Assert.Equal(p.Kader.Name, conversation.Request.HelperName);
    }

    [StorageFact]
    public async Task AStrangerCanNeitherReadNorPostNorActOnSomeoneElsesConversation()
    {
        var p = await VillageAsync();
        var elsewhere = await app.AddVillageAsync("Lain " + Guid.NewGuid().ToString("N")[..6]);
        var strangerKader = await app.AddAccountAsync(Role.Kader, elsewhere.Id);
        var strangerLearner = await app.AddAccountAsync(Role.Learner, p.VillageId);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Rahasia saya"))!.Value!;

        foreach (var phone in new[] { strangerKader.Phone, strangerLearner.Phone })
        {
            await using var stranger = await HelpClient.ConnectAsync(app, phone);
            Assert.Null(await stranger.JoinAsync(request.Id));
            var posted = await stranger.SendAsync(request.Id, "Saya ikut baca");
            Assert.Null(posted.Value);
            Assert.Equal("help.not_found", posted.ErrorCode);
            Assert.Equal("help.not_found", (await stranger.InvokeAsync("Take", request.Id)).ErrorCode);
            Assert.Equal("help.not_found", (await stranger.InvokeAsync("Resolve", request.Id, HelpOutcome.Solved)).ErrorCode);
            Assert.Empty(stranger.Messages);
        }

        Assert.False(await app.WithDbAsync(db => db.HelpMessages.AnyAsync(m => m.Text == "Saya ikut baca")));
        Assert.Equal(HelpStatus.Waiting, (await learner.JoinAsync(request.Id))!.Request.Status);
    }

    [StorageFact]
    public async Task EmptyTooLongAndTooFastMessagesAreRefusedWithAReason()
    {
        var p = await VillageAsync();
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);

        var empty = await learner.AskAsync("   ");
        Assert.Equal("help.message_empty", empty.ErrorCode);
        Assert.Contains("kosong", empty.Error);
        var request = (await learner.AskAsync("Halo"))!.Value!;
        var tooLong = await learner.SendAsync(request.Id, new string('a', 1001));
        Assert.Equal("help.message_too_long", tooLong.ErrorCode);

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HelpOptions>>().Value;
        HelpResult<HelpMessageView>? last = null;
        for (var i = 1; i <= options.MessagesPerMinute; i++)
        {
            last = await learner.SendAsync(request.Id, $"Pesan {i}");
        }

        Assert.Equal("help.rate_limited", last!.ErrorCode);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull((await learner.SendAsync(request.Id, "Sudah boleh lagi"))!.Value);
    }

    [StorageFact]
    public async Task AKadersFirstRepliesFromSeveralTabsAtOnceAreHeldToTheRateLimit()
    {
        // The kader has sent nothing yet, so the live state has no send window for them: the first replies read it
        // while other replies of the same kader are committing. Exactly the limit is stored, no more.
        var p = await VillageAsync();
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Ongkir ke Semarang berapa?"))!.Value!;
        var limit = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HelpOptions>>().Value.MessagesPerMinute;
        // Tabs of one browser share its sign-in cookie.
        var cookie = await HelpClient.SignInCookieAsync(app, p.Kader.Phone);
        var tabs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => HelpClient.ConnectWithCookieAsync(app, cookie)));
        try
        {
            var perTab = (limit / tabs.Length) + 3;
            var answers = (await Task.WhenAll(tabs.Select(async (tab, t) =>
            {
                var mine = new List<HelpResult<HelpMessageView>>();
                for (var i = 0; i < perTab; i++)
                {
                    mine.Add(await tab.SendAsync(request.Id, $"Balasan {t}-{i}"));
                }

                return mine;
            }))).SelectMany(a => a).ToList();

            Assert.Equal(limit, answers.Count(a => a.Value is not null));
            Assert.All(answers.Where(a => a.Value is null), a => Assert.Equal("help.rate_limited", a.ErrorCode));
            Assert.Equal(limit, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == request.Id && m.SenderId == p.Kader.Id)));
        }
        finally
        {
            foreach (var tab in tabs)
            {
                await tab.DisposeAsync();
            }
        }
    }

    [StorageFact]
    public async Task MarkupInAMessageComesBackAsTextAndIsEncodedOnThePage()
    {
        var p = await VillageAsync();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var request = (await learner.AskAsync(payload))!.Value!;

        var received = await kader.NextMessageAsync(m => m.RequestId == request.Id);
        Assert.Equal(payload, received.Text);
        var http = app.CreateBrowserLikeClient();
        await http.SignInOkAsync(p.Kader.Phone);
        var html = await http.GetStringAsync($"/bantuan/{request.Id}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [StorageFact]
    public async Task AKaderTakesTransfersAndResolvesAndTheLearnerRates()
    {
        var p = await VillageAsync();
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var other = await HelpClient.ConnectAsync(app, p.OtherKader.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Harga jual berapa?"))!.Value!;

        var taken = (await kader.InvokeAsync("Take", request.Id)).Value!;
        Assert.Equal(p.Kader.Id, taken.HelperId);
        Assert.Equal("help.not_resolved", (await learner.InvokeAsync("Rate", request.Id, 5)).ErrorCode);
        var moved = (await kader.InvokeAsync("Transfer", request.Id, p.OtherKader.Id)).Value!;
        Assert.Equal(p.OtherKader.Name, moved.HelperName);
        Assert.Null(await kader.JoinAsync(request.Id));
        await learner.NextChangeAsync(r => r.Id == request.Id && r.HelperId == p.OtherKader.Id);

        var back = (await other.InvokeAsync("HandBack", request.Id)).Value!;
        Assert.Equal(HelpStatus.Waiting, back.Status);
        Assert.Equal(HelpStage.VillageKader, back.Stage);
        Assert.NotNull((await kader.InvokeAsync("Take", request.Id)).Value);
        // Once taken, it is out of the other kader's sight again.
        Assert.Equal("help.not_found", (await other.InvokeAsync("Take", request.Id)).ErrorCode);

        app.Time.Advance(TimeSpan.FromMinutes(2));
        await kader.SendAsync(request.Id, "Harga = modal + untung.");
        var resolved = (await kader.InvokeAsync("Resolve", request.Id, HelpOutcome.Solved)).Value!;
        Assert.Equal(HelpStatus.Resolved, resolved.Status);
        Assert.Equal("help.closed", (await learner.SendAsync(request.Id, "Satu lagi")).ErrorCode);
        Assert.Equal("help.rating_invalid", (await learner.InvokeAsync("Rate", request.Id, 6)).ErrorCode);
        Assert.Equal(5, (await learner.InvokeAsync("Rate", request.Id, 5)).Value!.Rating);

        using var scope = app.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<HelpService>().MetricsAsync(new Actor(p.Facilitator.Id, Role.Facilitator));
        var village = Assert.Single(report.Villages, v => v.Id == p.VillageId);
        Assert.Equal(TimeSpan.FromMinutes(2), village.MedianFirstReply);
        Assert.Equal(5, village.AverageRating);
        Assert.Equal(TimeSpan.FromMinutes(2), Assert.Single(report.Helpers, h => h.Id == p.Kader.Id).MedianFirstReply);
    }

    [StorageFact]
    public async Task TwoKaderTakingTheSameRequestAtTheSameMomentGiveItToOneOfThem()
    {
        var village = await app.AddVillageAsync("Bantu " + Guid.NewGuid().ToString("N")[..6]);
        var learnerAccount = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await using var learner = await HelpClient.ConnectAsync(app, learnerAccount.Phone);
        // Asked before the village has a kader, so it is open to both of them at once.
        var request = (await learner.AskAsync("Cara memotret produk?"))!.Value!;
        var first = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var second = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Dua");
        await using var firstKader = await HelpClient.ConnectAsync(app, first.Phone);
        await using var secondKader = await HelpClient.ConnectAsync(app, second.Phone);

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<HelpResult<HelpRequestView>> TakeAsync(HelpClient kader)
        {
            await go.Task;
            return await kader.InvokeAsync("Take", request.Id);
        }

        var claims = new[] { TakeAsync(firstKader), TakeAsync(secondKader) };
        go.SetResult();
        var results = await Task.WhenAll(claims);

        var won = Assert.Single(results, r => r.ErrorCode is null).Value!;
        Assert.Equal("help.not_found", Assert.Single(results, r => r.ErrorCode is not null).ErrorCode);
        Assert.Equal(won.HelperId, await app.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id).Select(r => r.HelperId).SingleAsync()));
    }

    [StorageFact]
    public async Task AMessageToARequestAnotherNodeClosedMeanwhileIsRefusedAsClosedAndNotStored()
    {
        var p = await VillageAsync();
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        var request = (await learner.AskAsync("Cara memotret produk?"))!.Value!;
        // Another node closes it: the row changes in the database while this node's copy still says waiting,
        // so only the writer's update (which checks status, stage and helper) can notice.
        await app.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, HelpStatus.Resolved)));
        // A minute later, so the message has something to write to the request (its last activity).
        app.Time.Advance(TimeSpan.FromMinutes(1));

        var sent = await learner.SendAsync(request.Id, "Halo, masih ada?");

        Assert.Equal("help.closed", sent.ErrorCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.HelpMessages.CountAsync(m => m.RequestId == request.Id)));
        Assert.Equal(HelpStatus.Resolved, await app.WithDbAsync(db => db.HelpRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));
    }

    [StorageFact]
    public async Task TheConsoleStampMovesWithWhatThatKadersConsoleShowsAndALearnerGetsNone()
    {
        var p = await VillageAsync();
        var elsewhere = await app.AddAccountAsync(Role.Kader, (await app.AddVillageAsync("Lain " + Guid.NewGuid().ToString("N")[..6])).Id, "Kader Lain");
        var page = app.CreateBrowserLikeClient();
        await page.SignInOkAsync(p.Kader.Phone);
        await using var kader = await HelpClient.ConnectAsync(app, p.Kader.Phone);
        await using var other = await HelpClient.ConnectAsync(app, elsewhere.Phone);
        await using var learner = await HelpClient.ConnectAsync(app, p.Learner.Phone);
        async Task<string?> StampAsync(HelpClient client) => await client.Connection.InvokeAsync<string?>("ConsoleStamp");
        async Task<string> RenderedAsync() =>
            System.Text.RegularExpressions.Regex.Match(await page.GetStringAsync("/bantuan/konsol"), "data-stamp=\"([0-9A-F]+)\"").Groups[1].Value;

        var before = await RenderedAsync();
        Assert.Equal(before, await StampAsync(kader));
        var otherBefore = await StampAsync(other);

        var request = (await learner.AskAsync("Foto produk yang bagus bagaimana?")).Value!;

        var after = await StampAsync(kader);
        Assert.NotEqual(before, after);
        Assert.Equal(after, await RenderedAsync());
        // A kader of another village does not see the request: nothing changed on that console.
        Assert.Equal(otherBefore, await StampAsync(other));
        Assert.Null(await StampAsync(learner));

        Assert.Null((await kader.InvokeAsync("Take", request.Id)).Error);
        Assert.NotEqual(after, await StampAsync(kader));
    }
}
