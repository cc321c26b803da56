using System.Net;
using Learn.Core.Accounts;
using Learn.Tests.TestHost;
using Learn.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Kader;

public sealed class DemoVillageKaderTests
{
    [Fact]
    public async Task TheDemoVillageStartsWithKaderProfilesAndEveryLearnerAssignedWithinCapacityAndWishes()
    {
        await using var app = LearnTestHost.Sqlite.WithRealCourses().With("Seed:DemoVillage", "true").Build();
        _ = app.Server;

        var (profiles, learners, assignments, wishes, kader) = await app.WithDbAsync(async db => (
            await db.KaderProfiles.ToListAsync(),
            await db.Accounts.Where(a => a.Role == Role.Learner).ToListAsync(),
            await db.KaderAssignments.ToListAsync(),
            await db.KaderWishes.ToListAsync(),
            await db.Accounts.Where(a => a.Role == Role.Kader).ToDictionaryAsync(a => a.Id)));

        Assert.Equal(3, profiles.Count);
        Assert.All(profiles, p => Assert.Equal(8, p.Capacity));
        Assert.Equal(learners.Count, assignments.Count);
        Assert.All(assignments.GroupBy(a => a.KaderId), g => Assert.True(g.Count() <= 8));
        foreach (var wish in wishes.Where(w => w.SameGender))
        {
            var learner = learners.Single(l => l.Id == wish.LearnerId);
            Assert.Equal(learner.Gender, kader[assignments.Single(a => a.LearnerId == learner.Id).KaderId].Gender);
        }
    }

    [Fact]
    public async Task TheDemoVillagesDashboardShowsAFewStuckLearnersWithTheirReasonsNotTheWholeVillage()
    {
        await using var app = LearnTestHost.Sqlite.WithRealCourses().With("Seed:DemoVillage", "true").Build();
        var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("081225010001", DemoVillageSeeder.DemoPin)).StatusCode);

        var html = await client.GetStringAsync("/fasilitator");

        // Four learners away past the seven days and one who failed the same quiz three times, of twenty.
        Assert.Contains("5 peserta macet", html);
        Assert.Equal(4, CountOf(html, "Tidak belajar 7 hari"));
        Assert.Equal(1, CountOf(html, "Gagal kuis 3 kali berturut-turut"));
    }

    private static int CountOf(string html, string text) =>
        html.Split(text).Length - 1;
}
