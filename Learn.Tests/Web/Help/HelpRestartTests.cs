using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.TestHost;

namespace Learn.Tests.Web.Help;

public sealed class HelpRestartTests
{
    [Fact]
    public async Task ARestartOfTheHostInTheMiddleOfAChatLosesNothing()
    {
        var folder = TestPaths.NewTempFolder("help-restart");
        long requestId;
        string learnerCookie, kaderCookie;
        var sent = new List<long>();
        await using (var before = LearnTestHost.Sqlite.InFolder(folder).Build())
        {
            var village = await before.AddVillageAsync("Mulai Ulang");
            var kaderAccount = await before.AddAccountAsync(Role.Kader, village.Id);
            var learnerAccount = await before.AddAccountAsync(Role.Learner, village.Id);
            await using var kader = await HelpClient.ConnectAsync(before, kaderAccount.Phone);
            await using var learner = await HelpClient.ConnectAsync(before, learnerAccount.Phone);
            var request = (await learner.AskAsync("Foto saya gelap"))!.Value!;
            requestId = request.Id;
            sent.Add((await kader.SendAsync(requestId, "Cari jendela, pakai cahaya siang."))!.Value!.Id);
            sent.Add((await learner.SendAsync(requestId, "Sudah, masih gelap"))!.Value!.Id);
            learnerCookie = learner.Cookie;
            kaderCookie = kader.Cookie;
        }

        // The same installation starts again: same database, same keys, so the phones' cookies still work.
        await using var after = LearnTestHost.Sqlite.InFolder(folder).Build();
        await using var learnerAgain = await HelpClient.ConnectWithCookieAsync(after, learnerCookie);
        await using var kaderAgain = await HelpClient.ConnectWithCookieAsync(after, kaderCookie);

        var conversation = await learnerAgain.JoinAsync(requestId);
        Assert.Equal(["Foto saya gelap", "Cari jendela, pakai cahaya siang.", "Sudah, masih gelap"], conversation!.Messages.Select(m => m.Text));
        Assert.Equal(HelpStatus.Active, conversation.Request.Status);
        var reply = (await kaderAgain.SendAsync(requestId, "Ketuk layar di bagian yang gelap."))!.Value!;
        var received = await learnerAgain.NextMessageAsync(m => m.Id == reply.Id);
        Assert.True(received.Id > sent.Max());
    }
}
