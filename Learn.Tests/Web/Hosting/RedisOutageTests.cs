using System.Net;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Help;
using Learn.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Learn.Tests.Web.Hosting;

/// <summary>Redis goes away while two nodes run, and comes back: the nodes serve on, and nothing stored is lost.</summary>
public sealed class RedisOutageTests : IRunsOnPostgreSql
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [StorageFact]
    public async Task WithRedisGoneEachNodeServesItsOwnPeopleLosesNoMessageAndDeliversAcrossNodesAgainOnceRedisIsBack()
    {
        await using var redis = await OwnRedis.StartAsync();
        await using var province = await Province.StartAsync(redis: redis.Address);
        var logs = new CapturedLogs();
        province.A.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var village = await province.A.AddVillageAsync("Dua Simpul");
        var kader = await province.A.AddAccountAsync(Role.Kader, village.Id, "Kader Hadir");
        var learnerAccount = await province.A.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        using var a = Province.ClientOf(province.A);
        using var b = Province.ClientOf(province.B);
        var kaderCookie = await HelpClient.SignInCookieAsync(b, kader.Phone);
        var learnerCookie = await HelpClient.SignInCookieAsync(a, learnerAccount.Phone);
        // The kader has the console open on a laptop served by A and on a phone served by B.
        await using var kaderOnA = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, kaderCookie);
        await using var kaderOnB = await HelpClient.ConnectOverHttpAsync(province.B.ClientOptions.BaseAddress, kaderCookie);
        await using var learner = await HelpClient.ConnectOverHttpAsync(province.A.ClientOptions.BaseAddress, learnerCookie);
        var request = (await learner.AskAsync("Bagaimana cara memotret produk?")).Value!;
        var question = await kaderOnB.NextMessageAsync(m => m.RequestId == request.Id);

        await redis.StopAsync();
        await UntilAsync(() => !Multiplexer(province.A).IsConnected && !Multiplexer(province.B).IsConnected);

        // Both nodes keep serving pages and help; A delivers to the people connected to A.
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/health")).StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/akun");
        page.Headers.Add("Cookie", learnerCookie);
        Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(page)).StatusCode);
        // Signing in still works (the sign-in rate limit counts on each node alone meanwhile).
        var kaderAgain = await HelpClient.SignInCookieAsync(b, kader.Phone);
        using var console = new HttpRequestMessage(HttpMethod.Get, "/bantuan/konsol");
        console.Headers.Add("Cookie", kaderAgain);
        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(console)).StatusCode);
        var during = (await learner.SendAsync(request.Id, "Halo, Kak? Masih di sana?")).Value!;
        Assert.Equal(during.Text, (await kaderOnA.NextMessageAsync(m => m.Id == during.Id)).Text);
        var fromB = (await kaderOnB.SendAsync(request.Id, "Ya, Bu. Pakai cahaya jendela.")).Value!;
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Redis is unreachable", StringComparison.Ordinal));

        // Nothing stored is lost: each side finds what it missed when it (re)joins.
        Assert.Contains((await kaderOnB.JoinAsync(request.Id, afterId: question.Id))!.Messages, m => m.Id == during.Id);
        Assert.Contains((await learner.JoinAsync(request.Id, afterId: during.Id))!.Messages, m => m.Id == fromB.Id);

        // Redis returns (empty, as after a restart): once both nodes reconnect, A's messages reach B live again.
        await redis.StartAgainAsync();
        await UntilAsync(() => Multiplexer(province.A).IsConnected && Multiplexer(province.B).IsConnected);
        var sent = new List<long>();
        await UntilAsync(async () =>
        {
            sent.Add((await learner.SendAsync(request.Id, $"Sudah bisa, terima kasih ({sent.Count + 1})")).Value!.Id);
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            return kaderOnB.Messages.Any(m => sent.Contains(m.Id));
        });
        var stored = await province.B.WithDbAsync(db => db.HelpMessages.Where(m => m.RequestId == request.Id).Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { question.Id, during.Id, fromB.Id }.Concat(sent).Order(), stored.Order());
    }

    private static StackExchange.Redis.IConnectionMultiplexer Multiplexer(LearnApplication node) =>
        node.Services.GetRequiredService<RedisConnection>().Multiplexer;

    private static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    /// <summary>Waits for a condition, checking it again and again; fails (not hangs) when it never holds.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
