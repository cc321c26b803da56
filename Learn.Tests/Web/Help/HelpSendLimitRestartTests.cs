using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Storage;
using Learn.Tests.Core.Storage;
using Learn.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Learn.Tests.Web.Help;

/// <summary>
/// The per-minute send limit is counted in memory; a restart must not hand a sender a fresh minute. The count is
/// rebuilt from the stored messages when the sender next connects.
/// </summary>
public class HelpSendLimitRestartTests
{
    protected virtual string Provider => StorageProviders.Sqlite;

    [StorageFact]
    public async Task ASenderAtTheLimitIsStillAtItAfterARestartUntilTheMinuteHasPassed()
    {
        var folder = TestPaths.NewTempFolder("help-limit-restart");
        // SQLite keeps its file in the data folder; PostgreSQL needs a database both hosts are given.
        await using var database = Provider == StorageProviders.PostgreSql ? await TestDatabase.ReserveAsync(Provider) : null;
        var host = database is null ? LearnTestHost.Sqlite.InFolder(folder) : LearnTestHost.PostgreSql.InFolder(folder).OnDatabase(database);
        long requestId;
        string learnerCookie, kaderCookie;
        await using (var before = host.Build())
        {
            var limit = before.Services.GetRequiredService<IOptions<HelpOptions>>().Value.MessagesPerMinute;
            var village = await before.AddVillageAsync("Batas Kirim");
            var kaderAccount = await before.AddAccountAsync(Role.Kader, village.Id);
            var learnerAccount = await before.AddAccountAsync(Role.Learner, village.Id);
            await using var kader = await HelpClient.ConnectAsync(before, kaderAccount.Phone);
            await using var learner = await HelpClient.ConnectAsync(before, learnerAccount.Phone);
            requestId = (await learner.AskAsync("Cara pasang foto produk?"))!.Value!.Id;
            for (var i = 2; i <= limit; i++)
            {
                Assert.NotNull((await learner.SendAsync(requestId, $"Pesan {i}")).Value);
            }

            Assert.Equal("help.rate_limited", (await learner.SendAsync(requestId, "Satu lagi")).ErrorCode);
            learnerCookie = learner.Cookie;
            kaderCookie = kader.Cookie;
        }

        // The same installation starts again, at the same minute (each host's clock starts at the same instant).
        await using var after = host.Build();
        await using var learnerAgain = await HelpClient.ConnectWithCookieAsync(after, learnerCookie);
        await using var kaderAgain = await HelpClient.ConnectWithCookieAsync(after, kaderCookie);

        var refused = await learnerAgain.SendAsync(requestId, "Setelah mulai ulang");
        Assert.Equal("help.rate_limited", refused.ErrorCode);
        // The limit is the sender's own: the kader, who sent nothing, can still answer.
        Assert.NotNull((await kaderAgain.SendAsync(requestId, "Pakai cahaya siang dari jendela."))!.Value);
        after.Time.Advance(HelpWriteBatch.RateWindow);
        Assert.NotNull((await learnerAgain.SendAsync(requestId, "Sudah semenit"))!.Value);
    }
}

public sealed class HelpSendLimitRestartTestsOnPostgreSql : HelpSendLimitRestartTests, IRunsOnPostgreSql
{
    protected override string Provider => StorageProviders.PostgreSql;
}
