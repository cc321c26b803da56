using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Web.Help;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Learn.Tests.Web.Accounts;

/// <summary>A session ends for real: a copy of its cookie stops working over HTTP and on the help hub.</summary>
[Collection(WebTests.Name)]
public sealed partial class SessionTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private async Task<(Account Learner, int VillageId)> LearnerAsync()
    {
        var village = await app.AddVillageAsync("Sesi " + Guid.NewGuid().ToString("N")[..6]);
        return (await app.AddAccountAsync(Role.Learner, village.Id), village.Id);
    }

    /// <summary>Signs in like a browser and returns the client with the auth cookie it was given (what a thief would copy).</summary>
    private async Task<(HttpClient Client, string Cookie)> SignedInAsync(string phone)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.SignInAsync(phone);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("learn.auth=", StringComparison.Ordinal));
        return (client, cookie);
    }

    private HttpClient CopyOf(string cookie)
    {
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    private async Task AssertRefusedOnTheHubAsync(string cookie)
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => HelpClient.ConnectWithCookieAsync(app, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ACopiedCookieIsRefusedAfterSignOutOverHttpAndOnTheHub()
    {
        var (learner, _) = await LearnerAsync();
        var (client, cookie) = await SignedInAsync(learner.Phone);
        var copy = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/me/progress")).StatusCode);
        await using (var live = await HelpClient.ConnectWithCookieAsync(app, cookie))
        {
            Assert.Equal(HubConnectionState.Connected, live.Connection.State);
        }

        await client.PostFormAsync("/akun/keluar", []);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/akun")).StatusCode);
        await AssertRefusedOnTheHubAsync(cookie);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/bantuan/minta")]
    [InlineData("/toko")]
    [InlineData("/akun")]
    public async Task TheSignOutButtonInThePageHeaderSignsOutFromEveryPage(string page)
    {
        // The header's form once pointed at a page that had moved, so it posted to the page itself:
        // on /bantuan/minta "Keluar" answered "the message is empty" and left the person signed in.
        var (learner, _) = await LearnerAsync();
        var (client, cookie) = await SignedInAsync(learner.Phone);
        var html = await client.GetStringAsync(page);
        var form = SignOutForm().Match(html);
        Assert.True(form.Success, $"{page} has no sign-out button in its header.");
        Assert.Equal("/akun/keluar", form.Groups["action"].Value);

        var posted = await client.PostAsync(form.Groups["action"].Value, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", HttpClientExtensions.TokenOf(html))]));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CopyOf(cookie).GetAsync("/api/v1/me/progress")).StatusCode);
    }

    [Fact]
    public async Task AHubConnectionOpenedBeforeSignOutIsClosedAtItsNextCall()
    {
        var (learner, _) = await LearnerAsync();
        var (client, cookie) = await SignedInAsync(learner.Phone);
        await using var live = await HelpClient.ConnectWithCookieAsync(app, cookie);
        var closed = new TaskCompletionSource();
        live.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await client.PostFormAsync("/akun/keluar", []);

        await Assert.ThrowsAnyAsync<Exception>(() => live.Connection.InvokeAsync<HelpConversation?>("Join", 1L, 0L));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HubConnectionState.Disconnected, live.Connection.State);
    }

    [Fact]
    public async Task APinChangeEndsTheOtherSessionAndKeepsThisOne()
    {
        var (learner, _) = await LearnerAsync();
        var (here, _) = await SignedInAsync(learner.Phone);
        var (_, otherCookie) = await SignedInAsync(learner.Phone);
        var other = CopyOf(otherCookie);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/me/progress")).StatusCode);

        var changed = await here.PostFormAsync("/akun/pin", [new("CurrentPin", LearnApplication.Pin), new("NewPin", "246813"), new("RepeatPin", "246813")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("PIN sudah diganti", await here.GetStringAsync(changed.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/me/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/me/progress")).StatusCode);
        await AssertRefusedOnTheHubAsync(otherCookie);
    }

    [Fact]
    public async Task SignOutEverywhereOnTheAccountPageEndsEverySession()
    {
        var (learner, _) = await LearnerAsync();
        var (here, hereCookie) = await SignedInAsync(learner.Phone);
        var (_, otherCookie) = await SignedInAsync(learner.Phone);
        Assert.Contains("Keluar dari semua perangkat", await here.GetStringAsync("/akun"));

        var done = await here.PostFormAsync("/akun", [], "/akun?handler=SignOutEverywhere");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CopyOf(hereCookie).GetAsync("/api/v1/me/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CopyOf(otherCookie).GetAsync("/api/v1/me/progress")).StatusCode);
    }

    [Fact]
    public async Task ADeletedLearnersSessionIsRefusedEverywhereWithoutAServerError()
    {
        var (learner, villageId) = await LearnerAsync();
        var facilitator = await app.AddAccountAsync(Role.Facilitator, villageId);
        var (client, cookie) = await SignedInAsync(learner.Phone);
        // Forms as they were open on the learner's phone when the facilitator deleted the account.
        var helpToken = await client.GetAntiforgeryTokenAsync("/bantuan/minta?pelajaran=kenali");
        var quizToken = await client.GetAntiforgeryTokenAsync("/belajar/kenali");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/toko")).StatusCode);
        var staff = app.CreateBrowserLikeClient();
        await staff.SignInOkAsync(facilitator.Phone);

        var deleted = await staff.PostFormAsync($"/fasilitator/peserta/{learner.Id}/data?hapus=true", [new("confirm", "true")],
            $"/fasilitator/peserta/{learner.Id}/data?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var account = await client.GetAsync("/akun");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        var sync = await client.PostAsync("/api/v1/sync", new StringContent(
            """{"items": [{"id": "gone-1", "lessonId": "kenali", "answers": {"q1": ["b"]}, "answeredAt": "2026-11-27T08:00:00Z"}]}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, sync.StatusCode);
        Assert.Equal("application/problem+json", sync.Content.Headers.ContentType?.MediaType);
        var help = await client.PostAsync("/bantuan/minta", new FormUrlEncodedContent(
            [new("pelajaran", "kenali"), new("Text", "Tolong"), new("ClientId", HelpClient.NewId()), new("__RequestVerificationToken", helpToken)]));
        var quiz = await client.PostAsync("/belajar/kenali", new FormUrlEncodedContent([new("q1", "b"), new("__RequestVerificationToken", quizToken)]));
        var shop = await client.GetAsync("/toko");

        Assert.All(new[] { account, sync, help, quiz, shop }, r => Assert.InRange((int)r.StatusCode, 200, 499));
        Assert.Equal(HttpStatusCode.Unauthorized, (await CopyOf(cookie).GetAsync("/api/v1/me/progress")).StatusCode);
        await AssertRefusedOnTheHubAsync(cookie);
        Assert.Equal(401, (await sync.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetInt32());
    }

    [GeneratedRegex("""<form method="post"[^>]*action="(?<action>[^"]*)"[^>]*>\s*<button type="submit" class="link">Keluar</button>""")]
    private static partial Regex SignOutForm();
}
