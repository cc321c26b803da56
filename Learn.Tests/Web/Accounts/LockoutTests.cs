using System.Net;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Accounts;

/// <summary>Wrong PINs under attack: parallel bursts, unknown numbers, other devices and change-PIN all meet one lockout.</summary>
[Collection(WebTests.Name)]
public class LockoutTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private static readonly string[] Outcomes = ["wrong", "locked", "signed in"];

    private async Task<Account> LearnerAsync()
    {
        var village = await app.AddVillageAsync("Kunci " + Guid.NewGuid().ToString("N")[..6]);
        return await app.AddAccountAsync(Role.Learner, village.Id);
    }

    private static async Task<string> AnswerOfAsync(HttpClient client, string phone, string pin)
    {
        var response = await client.SignInAsync(phone, pin);
        return await SignInAnswer.OfAsync(response);
    }

    /// <summary>A client with its own antiforgery cookie and token, made before the burst so every post is a sign-in attempt.</summary>
    private async Task<(HttpClient Client, string Token)> ReadyClientAsync()
    {
        var client = app.CreateBrowserLikeClient();
        return (client, await client.GetAntiforgeryTokenAsync("/akun/masuk"));
    }

    private static async Task<string> PostSignInAsync(HttpClient client, string token, string phone, string pin)
    {
        var response = await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(
            [new("Input.Phone", phone), new("Input.Pin", pin), new("__RequestVerificationToken", token)]));
        return await SignInAnswer.OfAsync(response);
    }

    [StorageFact]
    public async Task FourDevicesSigningInAtOnceWithTheRightPinAreAllLetIn()
    {
        // A double tap on "Masuk", or a phone and a shared tablet at the same moment: each right PIN signs in.
        var learner = await LearnerAsync();
        var ready = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReadyClientAsync()));
        var answers = await Task.WhenAll(ready.Select(r => PostSignInAsync(r.Client, r.Token, learner.Phone, LearnApplication.Pin)));
        Assert.All(answers, a => Assert.Equal("signed in", a));
    }

    [StorageFact]
    public async Task TwentyParallelSignInsCheckAtMostFiveWrongPinsAndTheRightPinIsThenRefused()
    {
        var learner = await LearnerAsync();
        var clients = new List<(HttpClient Client, string Token)>();
        for (var i = 0; i < 20; i++)
        {
            clients.Add(await ReadyClientAsync());
        }

        using var start = new SemaphoreSlim(0);
        var burst = clients.Select((c, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await PostSignInAsync(c.Client, c.Token, learner.Phone, i == 13 ? LearnApplication.Pin : $"9{i:D5}");
        })).ToList();
        start.Release(20);
        var answers = await Task.WhenAll(burst);

        Assert.All(answers, a => Assert.Contains(a, Outcomes));
        Assert.True(answers.Count(a => a == "wrong") <= 5, string.Join(", ", answers));
        Assert.True(answers.Count(a => a == "signed in") <= 1);
        Assert.Equal("locked", await AnswerOfAsync(app.CreateBrowserLikeClient(), learner.Phone, LearnApplication.Pin));
    }

    [StorageFact]
    public async Task AKnownAndAnUnknownNumberAnswerAlikeTryByTry()
    {
        var learner = await LearnerAsync();
        var unknown = "0819" + Random.Shared.Next(10_000_000, 99_999_999);
        var known = new List<string>();
        var stranger = new List<string>();
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 7; i++)
        {
            var a = await client.SignInAsync(learner.Phone, "999999");
            var b = await client.SignInAsync(unknown, "999999");
            known.Add($"{(int)a.StatusCode} {Message(await a.Content.ReadAsStringAsync())}");
            stranger.Add($"{(int)b.StatusCode} {Message(await b.Content.ReadAsStringAsync())}");
        }

        Assert.Equal(known, stranger);
        Assert.Contains(known, k => k.Contains(SignInAnswer.LockedText, StringComparison.Ordinal));
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The sign-in page shows no error.");
        var open = html.IndexOf('>', start) + 1;
        return html[open..html.IndexOf('<', open)];
    }

    [StorageFact]
    public async Task AStrangersWrongPinsDoNotLockTheOwnerOutOnTheirOwnPhone()
    {
        var learner = await LearnerAsync();
        var stranger = app.CreateBrowserLikeClient();
        stranger.DefaultRequestHeaders.Add(RemoteAddressFromTestHeader.Header, "203.0.113.9");
        for (var i = 0; i < 5; i++)
        {
            await stranger.SignInAsync(learner.Phone, "999999");
        }

        Assert.Equal("locked", await AnswerOfAsync(stranger, learner.Phone, LearnApplication.Pin));

        var owner = app.CreateBrowserLikeClient();
        owner.DefaultRequestHeaders.Add(RemoteAddressFromTestHeader.Header, "198.51.100.4");
        Assert.Equal("signed in", await AnswerOfAsync(owner, learner.Phone, LearnApplication.Pin));
    }

    [StorageFact]
    public async Task WrongCurrentPinsOnChangePinCountTowardTheSameLockout()
    {
        var learner = await LearnerAsync();
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.PostFormAsync("/akun/pin", [new("CurrentPin", "999999"), new("NewPin", "246813"), new("RepeatPin", "246813")]);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Contains("PIN lama salah", answers[0]);
        Assert.All(answers[4..], a => Assert.Contains("Terlalu banyak PIN salah", a));
        // Even the right current PIN is refused while locked, and signing in from this device is locked too.
        var right = await client.PostFormAsync("/akun/pin", [new("CurrentPin", LearnApplication.Pin), new("NewPin", "246813"), new("RepeatPin", "246813")]);
        Assert.DoesNotContain("PIN sudah diganti", await right.Content.ReadAsStringAsync());
        Assert.Equal("locked", await AnswerOfAsync(app.CreateBrowserLikeClient(), learner.Phone, LearnApplication.Pin));
    }

    [StorageFact]
    public async Task TheLearnersKaderUnlocksTheAccountWithAConfirmationAndItIsAudited()
    {
        var village = await app.AddVillageAsync("Buka " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var attacker = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await attacker.SignInAsync(learner.Phone, "999999");
        }

        var staff = app.CreateBrowserLikeClient();
        await staff.SignInOkAsync(facilitator.Phone);
        var page = await staff.GetStringAsync($"/kader/peserta/{learner.Id}");
        Assert.Contains("sedang dikunci", page);

        var unconfirmed = await staff.PostFormAsync($"/kader/peserta/{learner.Id}", [], $"/kader/peserta/{learner.Id}?handler=UnlockAccount");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("locked", await AnswerOfAsync(attacker, learner.Phone, LearnApplication.Pin));

        var confirmed = await staff.PostFormAsync($"/kader/peserta/{learner.Id}", [new("confirm", "true")], $"/kader/peserta/{learner.Id}?handler=UnlockAccount");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Kunci akun sudah dibuka", await staff.GetStringAsync(confirmed.Headers.Location!.ToString()));
        Assert.Equal("signed in", await AnswerOfAsync(attacker, learner.Phone, LearnApplication.Pin));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == "account.unlocked" && a.SubjectAccountId == learner.Id && a.ActorId == facilitator.Id)));
    }
}

public sealed class LockoutTestsOnPostgreSql(PostgreSqlApplication app) : LockoutTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
