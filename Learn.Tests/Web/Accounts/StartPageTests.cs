using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Web.Kader;
using Microsoft.Extensions.DependencyInjection;

namespace Learn.Tests.Web.Accounts;

[Collection(WebTests.Name)]
public sealed class StartPageTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Theory]
    [InlineData(Role.Learner, "/")]
    [InlineData(Role.Kader, "/kader/peserta")]
    [InlineData(Role.Facilitator, "/fasilitator")]
    [InlineData(Role.Admin, "/fasilitator")]
    public async Task EachRoleLandsOnItsOwnStartPageAfterSignIn(Role role, string start)
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Awal"));
        var person = role == Role.Kader
            ? await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male)
            : await app.AddAccountAsync(role, village.Id);
        var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync(person.Phone);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(start, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(start)).StatusCode);
    }

    [Fact]
    public async Task ASignInThatWasAskedForByAPageStillGoesBackToThatPage()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Balik"));
        var kader = await app.AddKaderAsync(village.Id, "Nur Fadilah", Gender.Female);
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/akun/masuk",
            [new("Input.Phone", kader.Phone), new("Input.Pin", LearnApplication.Pin), new("ReturnUrl", "/bantuan/konsol")]);

        Assert.Equal("/bantuan/konsol", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AKadersStartPageShowsTheHelpQueueBesideTheirLearners()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Antre"));
        var kader = await app.AddKaderAsync(village.Id, "Rizky Amelia", Gender.Female);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await app.KaderAssignmentsAsync(t => t.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), learner.Id, sameGender: false, language: null));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<HelpService>().AskAsync(new Actor(learner.Id, Role.Learner),
                new HelpContext(null, null, null), Guid.NewGuid().ToString("N"), "Tombol daya ada di mana?");
        }

        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(kader.Phone);
        var html = await client.GetStringAsync("/kader/peserta");

        Assert.Contains("1 peserta menunggu bantuan", html);
        Assert.Contains("href=\"/bantuan/konsol\"", html);
    }
}
