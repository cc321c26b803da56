using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Kader;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Help;

[Collection(WebTests.Name)]
public sealed class HelpNudgeTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Fact]
    public async Task AKaderRemindsTheirLearnerOnWhatsAppAndTheListShowsTheyWereReminded()
    {
        var village = await app.AddVillageAsync("Ingat " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id, "Kader Rina");
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Bu Sri");
        await app.WithDbAsync(async db =>
        {
            db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
        });
        var http = app.CreateBrowserLikeClient();
        await http.SignInOkAsync(kader.Phone);

        var list = await http.GetStringAsync("/kader/peserta");
        Assert.Contains($"href=\"/bantuan/pengingat/{learner.Id}\"", list);
        Assert.Contains("Kirim pengingat lewat WhatsApp", list);
        Assert.DoesNotContain("Sudah diingatkan", list);

        var reminded = await http.GetAsync($"/bantuan/pengingat/{learner.Id}");

        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);
        var whatsApp = reminded.Headers.Location!;
        Assert.Equal("wa.me", whatsApp.Host);
        Assert.Equal("/62" + learner.Phone[1..], whatsApp.AbsolutePath);
        var text = Uri.UnescapeDataString(whatsApp.Query["?text=".Length..]);
        Assert.StartsWith("Halo Bu Sri,", text);
        Assert.Matches(@"http://localhost/belajar/[\w-]+", text);
        var nudge = await app.WithDbAsync(db => db.HelpNudges.SingleAsync(n => n.LearnerId == learner.Id));
        Assert.Equal(kader.Id, nudge.ById);
        Assert.Equal(app.Time.GetUtcNow(), nudge.At);
        Assert.Contains("Sudah diingatkan oleh Kader Rina", await http.GetStringAsync("/kader/peserta"));
    }

    [Fact]
    public async Task AKaderCannotRemindSomeoneElsesLearnerAndNothingIsRecorded()
    {
        var village = await app.AddVillageAsync("Asing " + Guid.NewGuid().ToString("N")[..6]);
        var kader = await app.AddAccountAsync(Role.Kader, village.Id);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var http = app.CreateBrowserLikeClient();
        await http.SignInOkAsync(kader.Phone);

        var refused = await http.GetAsync($"/bantuan/pengingat/{learner.Id}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.HelpNudges.AnyAsync(n => n.LearnerId == learner.Id)));
    }
}
