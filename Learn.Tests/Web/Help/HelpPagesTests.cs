using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Help;

/// <summary>Live help without JavaScript: plain forms, and replies that show on reload.</summary>
[Collection(WebTests.Name)]
public class HelpPagesTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [StorageFact]
    public async Task ALessonPageOffersHelpWithTheLessonAsContext()
    {
        var html = await app.CreateClient().GetStringAsync("/belajar/kenali");

        Assert.Contains("href=\"/bantuan/minta?pelajaran=kenali\"", html);
        Assert.Contains("Minta bantuan", html);
        Assert.DoesNotContain("signalr", html);
    }

    [StorageFact]
    public async Task ALearnerAsksWithAPlainFormAndSeesTheKadersReplyOnReload()
    {
        var village = await app.AddVillageAsync("Tanpa JS " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await app.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya");
        var learnerAccount = await app.AddAccountAsync(Role.Learner, village.Id);
        var learner = app.CreateBrowserLikeClient();
        await learner.SignInOkAsync(learnerAccount.Phone);

        var form = await learner.GetStringAsync("/bantuan/minta?pelajaran=kenali&bagian=tombol");
        Assert.Contains("<option value=\"tombol\" selected=\"selected\">Tombol</option>", form);
        var clientId = HelpClient.NewId();
        var fields = new Dictionary<string, string>
        {
            ["pelajaran"] = "kenali", ["bagian"] = "tombol", ["soal"] = "", ["Text"] = "Tombol daya yang mana?", ["ClientId"] = clientId,
        };
        var asked = await learner.PostFormAsync("/bantuan/minta?pelajaran=kenali", fields, "/bantuan/minta");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var again = await learner.PostFormAsync("/bantuan/minta?pelajaran=kenali", fields, "/bantuan/minta");
        Assert.Equal(asked.Headers.Location, again.Headers.Location);
        var page = asked.Headers.Location!.OriginalString.Split('#')[0];

        var kader = app.CreateBrowserLikeClient();
        await kader.SignInOkAsync(kaderAccount.Phone);
        Assert.Contains("Tombol daya yang mana?", await kader.GetStringAsync(page));
        var replied = await kader.PostFormAsync(page, [new("text", "Yang di sisi kanan, Bu."), new("clientId", HelpClient.NewId())], page + "?handler=Send");
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);

        var reloaded = await learner.GetStringAsync(page);
        Assert.Contains("Yang di sisi kanan, Bu.", reloaded);
        Assert.Contains("Dimas Aditya sedang membantu.", reloaded);
        Assert.Contains("Tombol", reloaded);
    }

    [StorageFact]
    public async Task AnEmptyMessageIsRefusedOnThePageWithAReason()
    {
        var village = await app.AddVillageAsync("Kosong " + Guid.NewGuid().ToString("N")[..6]);
        var learnerAccount = await app.AddAccountAsync(Role.Learner, village.Id);
        var learner = app.CreateBrowserLikeClient();
        await learner.SignInOkAsync(learnerAccount.Phone);

        var response = await learner.PostFormAsync("/bantuan/minta", [new("Text", "  "), new("ClientId", HelpClient.NewId())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Pesan masih kosong", await response.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.HelpRequests.AnyAsync(r => r.VillageId == village.Id)));
    }

    [StorageFact]
    public async Task SomeoneElsesConversationPageIsNotFoundAndTheConsoleAndMetricsNeedTheRightRole()
    {
        var village = await app.AddVillageAsync("Privasi " + Guid.NewGuid().ToString("N")[..6]);
        var elsewhere = await app.AddVillageAsync("Jauh " + Guid.NewGuid().ToString("N")[..6]);
        var owner = await app.AddAccountAsync(Role.Learner, village.Id);
        var strangerKader = await app.AddAccountAsync(Role.Kader, elsewhere.Id);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var ownerClient = app.CreateBrowserLikeClient();
        await ownerClient.SignInOkAsync(owner.Phone);
        var asked = await ownerClient.PostFormAsync("/bantuan/minta", [new("Text", "Tolong"), new("ClientId", HelpClient.NewId())]);
        var page = asked.Headers.Location!.OriginalString.Split('#')[0];

        var stranger = app.CreateBrowserLikeClient();
        await stranger.SignInOkAsync(strangerKader.Phone);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
        var post = await stranger.PostFormAsync("/bantuan/konsol", [new("text", "Masuk"), new("clientId", HelpClient.NewId())], page + "?handler=Send");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Tolong", await stranger.GetStringAsync("/bantuan/konsol"));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/bantuan/metrik")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ownerClient.GetAsync("/bantuan/konsol")).StatusCode);
        var facilitatorClient = app.CreateBrowserLikeClient();
        await facilitatorClient.SignInOkAsync(facilitator.Phone);
        Assert.Contains(owner.Name, await facilitatorClient.GetStringAsync("/bantuan/konsol"));
        Assert.Contains(village.Name, await facilitatorClient.GetStringAsync("/bantuan/metrik"));
        Assert.Equal(HelpStatus.Waiting, await app.WithDbAsync(db => db.HelpRequests.Where(r => r.LearnerId == owner.Id).Select(r => r.Status).SingleAsync()));
    }

    [StorageFact]
    public async Task AKaderOpeningAWaitingRequestFindsTheHelpButtonBeforeTheMessagesAndTheReplyForm()
    {
        var village = await app.AddVillageAsync("Klaim " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await app.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya");
        var learnerAccount = await app.AddAccountAsync(Role.Learner, village.Id);
        var learner = app.CreateBrowserLikeClient();
        await learner.SignInOkAsync(learnerAccount.Phone);
        var asked = await learner.PostFormAsync("/bantuan/minta", [new("Text", "Tombol daya yang mana?"), new("ClientId", HelpClient.NewId())]);
        var page = asked.Headers.Location!.OriginalString.Split('#')[0];

        var kader = app.CreateBrowserLikeClient();
        await kader.SignInOkAsync(kaderAccount.Phone);
        var html = await kader.GetStringAsync(page);

        var take = html.IndexOf("handler=Take", StringComparison.Ordinal);
        Assert.True(take >= 0, "no help button");
        Assert.True(take < html.IndexOf("Tombol daya yang mana?", StringComparison.Ordinal), "the help button comes after the messages");
        Assert.True(take < html.IndexOf("id=\"help-send\"", StringComparison.Ordinal), "the help button comes after the reply form");
        Assert.Equal(1, html.Split("handler=Take").Length - 1);

        var taken = await kader.PostFormAsync(page, [], page + "?handler=Take");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var after = await kader.GetStringAsync(page);
        Assert.DoesNotContain("handler=Take", after);
        Assert.Contains("id=\"help-send\"", after);
    }

    [StorageFact]
    public async Task TheConsoleShowsTheKaderLookingAtItAsOnlineBeforeTheirPageConnects()
    {
        var village = await app.AddVillageAsync("Hadir " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await app.AddAccountAsync(Role.Kader, village.Id, "Wulan Kusuma");
        await app.AddAccountAsync(Role.Kader, village.Id, "Yanto Prakoso");
        var kader = app.CreateBrowserLikeClient();
        await kader.SignInOkAsync(kaderAccount.Phone);

        var html = await kader.GetStringAsync("/bantuan/konsol");

        Assert.Contains("<li>Wulan Kusuma (Anda) <span class=\"badge done\">sedang online</span></li>", html);
        Assert.Contains("<li>Yanto Prakoso <span class=\"badge \">sedang tidak online</span></li>", html);
    }
}
