using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Facilitator;

namespace Learn.Tests.Core.Facilitator;

public sealed class FacilitatorLearnerListTests
{
    [StorageFact]
    public async Task TheLearnerListFiltersByNameAndStatusAndAPageBeyondTheEndShowsTheLastOne()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var elsewhere = await database.AddVillageAsync("Kauman");
        var kader = await database.AddAccountAsync(Role.Kader, village.Id);
        var ready = await database.AddAccountAsync(Role.Learner, village.Id, "Siti");
        var fresh = await database.AddAccountAsync(Role.Learner, village.Id, "Budi");
        await database.AddAccountAsync(Role.Learner, village.Id, "Sari");
        await database.AddAccountAsync(Role.Learner, elsewhere.Id, "Siti Lain");
        var now = database.Time.GetUtcNow();
        await using (var db = database.NewContext())
        {
            await ReadinessSeed.MakeReadyAsync(db, database.Courses.Current, database.Rules.Current!, ready.Id, kader.Id, now.AddDays(-1));
            // Sari has no kader, which is what makes her stuck.
            db.KaderAssignments.Add(new KaderAssignment(ready.Id, kader.Id, false, "test", now, null));
            db.KaderAssignments.Add(new KaderAssignment(fresh.Id, kader.Id, false, "test", now, null));
            await db.SaveChangesAsync();
        }

        await using var context = database.NewContext();
        var list = new FacilitatorLearnerList(context, new FacilitatorDashboard(context, database.Courses,
            new LearnerStandings(context, database.Courses, database.Rules, database.Time), database.Time));
        var filter = new DashboardFilter([village.Id]);

        var all = await list.ForAsync(filter, null, LearnerStatusFilter.All, 1, null);
        Assert.Equal([("Budi", "Sidomulyo", false, false), ("Sari", "Sidomulyo", false, true), ("Siti", "Sidomulyo", true, false)],
            all.Rows.Select(r => (r.Name, r.Village, r.IsReady, r.IsStuck)));
        Assert.Equal(["Siti"], (await list.ForAsync(filter, "Sit", LearnerStatusFilter.All, 1, null)).Rows.Select(r => r.Name));
        Assert.Equal(["Siti"], (await list.ForAsync(filter, null, LearnerStatusFilter.Ready, 1, null)).Rows.Select(r => r.Name));
        Assert.Equal(["Sari"], (await list.ForAsync(filter, null, LearnerStatusFilter.Stuck, 1, null)).Rows.Select(r => r.Name));
        var last = await list.ForAsync(filter, null, LearnerStatusFilter.All, 9, pageSize: 2);
        Assert.Equal(["Siti"], last.Rows.Select(r => r.Name));
        Assert.Equal((3, 2), (last.Paging.Total, last.Paging.Number));
    }
}
