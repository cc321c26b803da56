using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Help;
using Learn.Web.Help;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Hosting;

/// <summary>
/// Each node has its own help writer, so only the database can decide between two kader claiming one
/// request on two nodes at the same moment. Needs the PostgreSQL and Redis that .ci/run starts.
/// </summary>
public sealed class TwoNodeClaimTests : IRunsOnPostgreSql
{
    private const int Rounds = 20;

    [StorageFact]
    public async Task TwoKaderOnTwoNodesTakingTheSameRequestAtOnceGiveItToExactlyOneAndTheLearnerHearsOnce()
    {
        await using var province = await Province.StartAsync(settings: new Dictionary<string, string> { ["Help:MessagesPerMinute"] = "100" });
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var siti = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        using var a = Province.ClientOf(province.A);
        var sitiCookie = await HelpClient.SignInCookieAsync(a, siti.Phone);
        await using var sitiOnA = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, sitiCookie);
        await using var sitiOnB = await HelpClient.ConnectOverHttpAsync(province.B.ClientOptions.BaseAddress, sitiCookie);

        // Asked while the village has no kader yet, so each request is open to every kader of the village.
        var asked = new List<HelpRequestView>();
        for (var i = 1; i <= Rounds; i++)
        {
            asked.Add((await sitiOnA.AskAsync($"Pertanyaan {i}: cara memotret produk?")).Value!);
        }

        var first = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Satu");
        var second = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Dua");
        await using var firstOnA = await Province.HelpOnAsync(province.A, first.Phone);
        await using var secondOnB = await Province.HelpOnAsync(province.B, second.Phone);

        foreach (var request in asked)
        {
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<HelpResult<HelpRequestView>> TakeAsync(HelpClient kader)
            {
                await go.Task;
                return await kader.InvokeAsync("Take", request.Id);
            }

            var claims = new[] { TakeAsync(firstOnA), TakeAsync(secondOnB) };
            go.SetResult();
            var results = await Task.WhenAll(claims);

            var won = Assert.Single(results, r => r.ErrorCode is null).Value!;
            // The same answer a kader gets on one node once someone else has taken the request.
            Assert.Equal("help.not_found", Assert.Single(results, r => r.ErrorCode is not null).ErrorCode);
            var stored = await province.B.WithDbAsync(db => db.HelpRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
            Assert.Equal(HelpStatus.Active, stored.Status);
            Assert.Equal(won.HelperId, stored.HelperId);
        }

        // A request asked on each node after all the claims: once Siti hears of both, every notice of a claim has arrived.
        var doneOnA = (await sitiOnA.AskAsync("Terima kasih, sudah jelas.")).Value!;
        var doneOnB = (await sitiOnB.AskAsync("Satu lagi, soal harga.")).Value!;
        await sitiOnA.NextChangeAsync(r => r.Id == doneOnA.Id);
        await sitiOnA.NextChangeAsync(r => r.Id == doneOnB.Id);
        Assert.All(asked, request => Assert.Single(sitiOnA.Changes, c => c.Id == request.Id && c.Status == HelpStatus.Active));
    }
}
