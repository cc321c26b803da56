using System.Net;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Learn.Tests.TestHost;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Accounts;

[Collection(WebTests.Name)]
public class SignInTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [StorageFact]
    public async Task TheRightPhoneAndPinSignIn()
    {
        var village = await app.AddVillageAsync("Masuk " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();

        // Written the way people type it: with spaces and +62.
        var response = await client.SignInAsync("+62 " + learner.Phone[1..4] + " " + learner.Phone[4..]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/progress")).StatusCode);
    }

    [StorageFact]
    public async Task AWrongPinSaysSoAndDoesNotSignIn()
    {
        var village = await app.AddVillageAsync("Salah " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync(learner.Phone, "999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nomor HP atau PIN salah", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me/progress")).StatusCode);
    }

    [StorageTheory]
    [InlineData("0812", "135790", "Nomor HP tidak dikenali")]
    [InlineData("081234567890", "12ab", "PIN harus tepat 6 angka")]
    [InlineData("", "", "Isi nomor HP dan PIN")]
    public async Task MalformedInputGetsAClearMessage(string phone, string pin, string message)
    {
        var response = await app.CreateBrowserLikeClient().SignInAsync(phone, pin);

        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [StorageFact]
    public async Task FiveWrongPinsLockTheAccountEvenAgainstTheRightPinUntilTheLockoutEnds()
    {
        var village = await app.AddVillageAsync("Kunci " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(learner.Phone, "999999");
        }

        var locked = await client.SignInAsync(learner.Phone);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Akun dikunci sementara", await locked.Content.ReadAsStringAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectAccountId == learner.Id && a.Action == "account.locked")));

        app.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(learner.Phone)).StatusCode);
    }

    [StorageFact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var response = await app.CreateBrowserLikeClient().PostAsync("/akun/masuk",
            new FormUrlEncodedContent([new("Input.Phone", "081234567890"), new("Input.Pin", "135790")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [StorageFact]
    public async Task SignInAttemptsAreRateLimitedPerAddress()
    {
        using var limited = LearnTestHost.Sqlite.With("SignInRateLimit:PermitsPerMinute", "3").Build();
        var client = limited.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SignInAsync("081299999999", "999999")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [StorageFact]
    public async Task ALearnerCanChangeTheirPinAndAnObviousPinIsRefused()
    {
        var village = await app.AddVillageAsync("Pin " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);

        var easy = await client.PostFormAsync("/akun/pin", [new("CurrentPin", LearnApplication.Pin), new("NewPin", "123456"), new("RepeatPin", "123456")]);
        Assert.Contains("terlalu mudah ditebak", await easy.Content.ReadAsStringAsync());

        var good = await client.PostFormAsync("/akun/pin", [new("CurrentPin", LearnApplication.Pin), new("NewPin", "246813"), new("RepeatPin", "246813")]);
        // Post-redirect-get: the message is shown once after the redirect, and a reload sends nothing again.
        Assert.Equal((HttpStatusCode.Redirect, "/akun/pin"), (good.StatusCode, good.Headers.Location?.OriginalString));
        Assert.Contains("PIN sudah diganti", await client.GetStringAsync("/akun/pin"));
        Assert.DoesNotContain("PIN sudah diganti", await client.GetStringAsync("/akun/pin"));

        var fresh = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await fresh.SignInAsync(learner.Phone, LearnApplication.Pin)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(learner.Phone, "246813")).StatusCode);
    }
}
