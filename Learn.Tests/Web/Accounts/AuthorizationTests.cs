using System.Net;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Tests.Web.Kader;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Accounts;

[Collection(WebTests.Name)]
public sealed class AuthorizationTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private async Task<(int Village, Account Learner, Account OtherLearner, Account Kader)> VillageAsync()
    {
        var village = await app.AddVillageAsync("Hak " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id, "Sri Wahyuni");
        var other = await app.AddAccountAsync(Role.Learner, village.Id, "Suparmi");
        var kader = await app.AddKaderAsync(village.Id, "Nur Fadilah", Gender.Female);
        // Both learners are this kader's own: a kader works with the learners assigned to them.
        foreach (var id in new[] { learner.Id, other.Id })
        {
            await app.KaderAssignmentsAsync(s => s.AssignNewLearnerAsync(new Actor(kader.Id, Role.Kader), id, false, null));
        }

        return (village.Id, learner, other, kader);
    }

    private async Task<HttpClient> AsAsync(Account account)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(account.Phone);
        return client;
    }

    [Fact]
    public async Task ALearnerCannotReadAnotherLearnersProgress()
    {
        var (_, learner, other, _) = await VillageAsync();
        var client = await AsAsync(learner);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/learners/{learner.Id}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/learners/{other.Id}/progress")).StatusCode);
    }

    [Fact]
    public async Task AKaderSeesTheirOwnLearnersButNotAnotherVillages()
    {
        var (_, learner, _, kader) = await VillageAsync();
        var (_, strangerLearner, _, _) = await VillageAsync();
        var client = await AsAsync(kader);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/learners/{learner.Id}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/learners/{strangerLearner.Id}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kader/peserta/{strangerLearner.Id}")).StatusCode);
        var list = await client.GetStringAsync("/kader/peserta");
        Assert.Contains("Sri Wahyuni", list);
        Assert.DoesNotContain($"/kader/peserta/{strangerLearner.Id}\"", list);
    }

    [Fact]
    public async Task AKaderOfTheSameVillageWhoIsNotTheLearnersKaderSeesNothing()
    {
        var (village, learner, _, _) = await VillageAsync();
        var otherKader = await app.AddKaderAsync(village, "Dimas Aditya", Gender.Male);
        var client = await AsAsync(otherKader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/learners/{learner.Id}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kader/peserta/{learner.Id}")).StatusCode);
    }

    [Fact]
    public async Task AFacilitatorSeesOnlyTheirOwnVillages()
    {
        var (village, learner, _, _) = await VillageAsync();
        var (_, strangerLearner, _, _) = await VillageAsync();
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village);
        var client = await AsAsync(facilitator);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kader/peserta/{learner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/learners/{strangerLearner.Id}/progress")).StatusCode);
    }

    [Fact]
    public async Task ALearnerIsKeptOutOfTheKaderPages()
    {
        var (_, learner, _, _) = await VillageAsync();
        var client = await AsAsync(learner);

        var response = await client.GetAsync("/kader/peserta");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/ditolak", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AVisitorIsSentToSignInFromTheKaderPages()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/kader/peserta");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/akun/masuk", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AKaderRegistersALearnerWhoCanThenSignInWithTheFirstPin()
    {
        var (village, _, _, kader) = await VillageAsync();
        var client = await AsAsync(kader);

        var response = await client.PostFormAsync("/kader/peserta/baru",
            [new("Name", "Parjiyem"), new("Phone", "0857 1111 2222"), new("VillageId", village.ToString()), new("Gender", "Female"), new("BirthYear", "1958")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Akun Parjiyem sudah dibuat", html);
        var pin = System.Text.RegularExpressions.Regex.Match(html, "class=\"pin\">(\\d{6})<").Groups[1].Value;
        Assert.Equal(6, pin.Length);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserLikeClient().SignInAsync("085711112222", pin)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.created" && a.ActorId == kader.Id)));
    }

    [Fact]
    public async Task RegisteringADuplicatePhoneOrAnotherVillageIsRefusedAndNothingIsWritten()
    {
        var (village, learner, _, kader) = await VillageAsync();
        var stranger = await app.AddVillageAsync("Asing " + Guid.NewGuid().ToString("N")[..6]);
        var client = await AsAsync(kader);
        var before = await app.WithDbAsync(db => db.Accounts.CountAsync());

        var duplicate = await client.PostFormAsync("/kader/peserta/baru",
            [new("Name", "Ganda"), new("Phone", learner.Phone), new("VillageId", village.ToString()), new("Gender", "Female")]);
        var elsewhere = await client.PostFormAsync("/kader/peserta/baru",
            [new("Name", "Asing"), new("Phone", "0857 3333 4444"), new("VillageId", stranger.Id.ToString()), new("Gender", "Male")]);

        Assert.Contains("sudah punya akun", await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("Pilih salah satu desa Anda", await elsewhere.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task AKaderOpensALevelEarlyWithAReasonAndItIsRecorded()
    {
        var (_, learner, _, kader) = await VillageAsync();
        var client = await AsAsync(kader);

        var noReason = await client.PostFormAsync($"/kader/peserta/{learner.Id}",
            [new("level", "2"), new("reason", " ")], $"/kader/peserta/{learner.Id}?handler=Unlock");
        Assert.Contains("Tuliskan alasan", await noReason.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.LevelUnlocks.AnyAsync(u => u.AccountId == learner.Id)));

        var ok = await client.PostFormAsync($"/kader/peserta/{learner.Id}",
            [new("level", "2"), new("reason", "Sudah lancar memakai WhatsApp")], $"/kader/peserta/{learner.Id}?handler=Unlock");
        // Post-redirect-get: the message is on the learner's page the kader is sent back to.
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("Level 2 sudah dibuka", await client.GetStringAsync(ok.Headers.Location!.ToString()));

        var unlock = await app.WithDbAsync(db => db.LevelUnlocks.SingleAsync(u => u.AccountId == learner.Id));
        Assert.Equal((kader.Id, 2, UnlockMethod.Staff, "Sudah lancar memakai WhatsApp"), (unlock.ByAccountId!.Value, unlock.LevelNumber, unlock.Method, unlock.Reason));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "level.unlocked" && a.SubjectAccountId == learner.Id)));
    }

    [Fact]
    public async Task AKaderOfAnotherVillageCannotOpenALevel()
    {
        var (_, learner, _, _) = await VillageAsync();
        var (_, _, _, strangerKader) = await VillageAsync();
        var client = await AsAsync(strangerKader);

        var response = await client.PostFormAsync("/kader/peserta/baru", [],
            $"/kader/peserta/{learner.Id}?handler=Unlock");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.LevelUnlocks.AnyAsync(u => u.AccountId == learner.Id)));
    }
}
