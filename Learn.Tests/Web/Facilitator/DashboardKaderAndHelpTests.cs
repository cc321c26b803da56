using System.Net;
using System.Text;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Facilitator;

/// <summary>The dashboard's kader load, help response times and "help unanswered" stuck learners, on the page and as CSV.</summary>
[Collection(WebTests.Name)]
public class DashboardKaderAndHelpTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    private static string Unique(string name) => name + " " + Guid.NewGuid().ToString("N")[..6];

    private sealed record Scene(HttpClient Client, string Village, string OtherVillage, int OtherVillageId, Account Busy, Account Stopped,
        Account Spare, Account OtherKader, Account OtherLearner, Account WaitingLong, Account WaitingShort);

    /// <summary>
    /// My village: a kader with capacity 4 and three learners (a fourth, inactive, does not count), a kader who stopped
    /// tutoring with one learner left on them, a kader without a profile yet, one learner never assigned. Four help
    /// requests: two answered (2 and 6 minutes, resolved after 10 and 30, rated 4 and 5), one unanswered for two days,
    /// one unanswered for an hour. Another village with its own kader, learner and answered request.
    /// </summary>
    private async Task<Scene> SceneAsync()
    {
        var mine = await app.AddVillageAsync(Unique("Sidorejo"), Unique("Kec"));
        var other = await app.AddVillageAsync(Unique("Karanganyar"), Unique("Kec"));
        var facilitator = await app.AddAccountAsync(Role.Facilitator, mine.Id);
        var busy = await app.AddAccountAsync(Role.Kader, mine.Id, Unique("Sri'ani Ñoman"));
        var stopped = await app.AddAccountAsync(Role.Kader, mine.Id, Unique("Bambang"));
        var spare = await app.AddAccountAsync(Role.Kader, mine.Id, Unique("Wati"));
        var learners = new List<Account>();
        for (var i = 0; i < 6; i++)
        {
            learners.Add(await app.AddAccountAsync(Role.Learner, mine.Id, Unique($"Peserta {i}")));
        }

        var otherKader = await app.AddAccountAsync(Role.Kader, other.Id, Unique("Kader Tetangga"));
        var otherLearner = await app.AddAccountAsync(Role.Learner, other.Id, Unique("Peserta Tetangga"));
        var now = app.Time.GetUtcNow();
        await app.WithDbAsync(async db =>
        {
            var busyProfile = new KaderProfile(busy.Id, now);
            busyProfile.ChangeCapacity(4, now);
            var stoppedProfile = new KaderProfile(stopped.Id, now);
            stoppedProfile.Deactivate(now);
            db.KaderProfiles.AddRange(busyProfile, stoppedProfile);
            foreach (var (learner, kader) in new[]
                     {
                         (learners[0], busy), (learners[1], busy), (learners[2], busy), (learners[5], busy), (learners[3], stopped),
                         (otherLearner, otherKader),
                     })
            {
                db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", now, null));
            }

            db.HelpRequests.AddRange(
                Answered(learners[0], mine.Id, busy.Id, now.AddDays(-3), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), 4),
                Answered(learners[1], mine.Id, busy.Id, now.AddDays(-3), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(30), 5),
                new HelpRequest(learners[2].Id, mine.Id, HelpContext.None, busy.Id, now.AddDays(-2)),
                new HelpRequest(learners[4].Id, mine.Id, HelpContext.None, null, now.AddHours(-1)),
                new HelpRequest(otherLearner.Id, other.Id, HelpContext.None, otherKader.Id, now.AddDays(-3)),
                Answered(otherLearner, other.Id, otherKader.Id, now.AddDays(-4), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), 1));
            await db.SaveChangesAsync();
            // Learner 5 left the programme: their old pair no longer weighs on the kader.
            await db.Accounts.Where(a => a.Id == learners[5].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false));
        });

        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(facilitator.Phone);
        return new Scene(client, mine.Name, other.Name, other.Id, busy, stopped, spare, otherKader, otherLearner, learners[2], learners[4]);
    }

    private static HelpRequest Answered(Account learner, int villageId, int kaderId, DateTimeOffset asked, TimeSpan reply, TimeSpan resolve, int stars)
    {
        var request = new HelpRequest(learner.Id, villageId, HelpContext.None, kaderId, asked);
        request.RecordMessage(kaderId, asked + reply);
        request.Resolve(kaderId, HelpOutcome.Solved, asked + resolve);
        request.Rate(learner.Id, stars);
        return request;
    }

    private static async Task<string[]> CsvAsync(HttpClient client, string table, string query = "")
    {
        var response = await client.GetAsync($"/fasilitator?handler=Csv&table={table}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text.Split("\r\n")[..^1];
    }

    [StorageFact]
    public async Task KaderLoadShowsEachKadersLearnersAgainstCapacityAndTheVillagesUnassignedLearners()
    {
        var s = await SceneAsync();

        var html = WebUtility.HtmlDecode(await s.Client.GetStringAsync("/fasilitator"));
        Assert.Contains("Beban kader", html);
        Assert.Contains("3 / 4 (75%)", html);
        Assert.Contains(s.Busy.Name, html);
        Assert.DoesNotContain("akan tampil di sini", html);

        Assert.Equal(
        [
            "Kader,Desa,Peserta didampingi,Kapasitas,Persen,Status",
            $"{s.Stopped.Name},{s.Village},1,8,13,Tidak mendampingi",
            $"{s.Busy.Name},{s.Village},3,4,75,Aktif mendampingi",
            $"{s.Spare.Name},{s.Village},0,8,0,Aktif mendampingi",
        ], await CsvAsync(s.Client, "kader"));
        // Two tutoring kader with room for 12, three learners on them; learner 3 (kader stopped) and learner 4 (never assigned) wait.
        Assert.Equal(
        [
            "Desa,Kader aktif,Peserta didampingi,Kapasitas,Persen,Peserta tanpa kader",
            $"{s.Village},2,3,12,25,2",
        ], await CsvAsync(s.Client, "kader-desa"));
    }

    [StorageFact]
    public async Task HelpResponseTimesArePerVillageAndPerKaderWithOpenAndUnansweredCounts()
    {
        var s = await SceneAsync();

        var html = WebUtility.HtmlDecode(await s.Client.GetStringAsync("/fasilitator"));
        Assert.Contains("Waktu jawab bantuan", html);
        Assert.Contains("4 mnt 0 dtk", html);
        Assert.Contains("20 mnt 0 dtk", html);

        const string header = "Permintaan,Dijawab,Selesai,Terbuka,Belum dijawab,\"Balasan pertama, median (menit)\",\"Sampai selesai, median (menit)\",Nilai rata-rata";
        Assert.Equal(["Desa," + header, $"{s.Village},4,2,2,2,2,4,20,4.5"], await CsvAsync(s.Client, "bantuan-desa"));
        // The kader's own: the two they answered and the one routed to them that nobody answered; not the unrouted one.
        Assert.Equal(["Penolong," + header, $"{s.Busy.Name},3,2,2,1,1,4,20,4.5"], await CsvAsync(s.Client, "bantuan-kader"));
    }

    [StorageFact]
    public async Task ALearnerWhoseHelpRequestWaitedADayWithoutReplyIsStuck()
    {
        var s = await SceneAsync();

        var stuck = await CsvAsync(s.Client, "macet");

        var row = Assert.Single(stuck, l => l.StartsWith(s.WaitingLong.Name + ",", StringComparison.Ordinal));
        Assert.EndsWith(",Bantuan tidak dijawab lebih dari 24 jam", row, StringComparison.Ordinal);
        Assert.DoesNotContain(stuck, l => l.StartsWith(s.WaitingShort.Name + ",", StringComparison.Ordinal) && l.Contains("Bantuan", StringComparison.Ordinal));
        // One stuck rule for kader and facilitator: the two learners without a tutoring kader are stuck for that.
        Assert.Equal(2, stuck.Count(l => l.EndsWith(",Belum punya kader", StringComparison.Ordinal)));
        Assert.Equal(4, stuck.Length);
        var html = WebUtility.HtmlDecode(await s.Client.GetStringAsync("/fasilitator"));
        Assert.Contains("Bantuan tidak dijawab lebih dari 24 jam", html);
    }

    [StorageFact]
    public async Task AFacilitatorSeesNoKaderOrHelpRowsOfAnotherVillage()
    {
        var s = await SceneAsync();

        foreach (var table in new[] { "kader", "kader-desa", "bantuan-desa", "bantuan-kader" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync($"/fasilitator?desa={s.OtherVillageId}&handler=Csv&table={table}")).StatusCode);
            var all = string.Join("\n", await CsvAsync(s.Client, table));
            Assert.DoesNotContain(s.OtherVillage, all);
            Assert.DoesNotContain(s.OtherKader.Name, all);
        }

        var html = WebUtility.HtmlDecode(await s.Client.GetStringAsync("/fasilitator"));
        Assert.DoesNotContain(s.OtherVillage, html);
        Assert.DoesNotContain(s.OtherKader.Name, html);
        Assert.DoesNotContain(s.OtherLearner.Name, html);
    }
}
