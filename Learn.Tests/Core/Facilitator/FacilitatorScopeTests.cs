using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Roster;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Core.Facilitator;

public sealed class FacilitatorScopeTests
{
    [StorageFact]
    public async Task AFacilitatorSeesOnlyTheirVillagesAndCohortsAndAFilterNamingAnotherVillageOrItsCohortIsRefused()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var mine = await database.AddVillageAsync("Sidomulyo");
        var other = await database.AddVillageAsync("Kauman");
        var facilitator = await database.AddAccountAsync(Role.Facilitator, mine.Id);
        var me = new Actor(facilitator.Id, Role.Facilitator);
        var admin = new Actor((await database.AddAccountAsync(Role.Admin, null)).Id, Role.Admin);
        await using var db = database.NewContext();
        var cohorts = new CohortService(db, new AccessPolicy(db), database.Time);
        var ours = await cohorts.CreateAsync(me, "Angkatan 1", mine.Id, new DateOnly(2026, 11, 1));
        var theirs = await cohorts.CreateAsync(admin, "Angkatan 1", other.Id, new DateOnly(2026, 11, 2));
        var scope = new FacilitatorScope(db, new AccessPolicy(db));

        Assert.Equal([new FacilitatorScope.Choice(mine.Id, "Sidomulyo")], await scope.VillagesAsync(me));
        Assert.Equal([(ours.Id, "Sidomulyo")], (await scope.CohortsAsync(me)).Select(c => (c.Id, c.Village)));
        Assert.Equal(["Kauman", "Sidomulyo"], (await scope.CohortsAsync(admin)).Select(c => c.Village));
        var filter = await scope.FilterAsync(me, mine.Id, ours.Id);
        Assert.Equal([mine.Id], filter!.VisibleVillageIds!);
        Assert.Equal((mine.Id, ours.Id), (filter.VillageId, filter.CohortId));
        Assert.Null(await scope.FilterAsync(me, other.Id, null));
        Assert.Null(await scope.FilterAsync(me, null, theirs.Id));
        Assert.NotNull(await scope.FilterAsync(admin, other.Id, theirs.Id));
    }

    [StorageFact]
    public async Task ASecondCohortWithTheSameNameInAVillageIsAConflictButAnotherVillageMayUseTheName()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var other = await database.AddVillageAsync("Kauman");
        var admin = new Actor((await database.AddAccountAsync(Role.Admin, null)).Id, Role.Admin);
        await using var db = database.NewContext();
        var cohorts = new CohortService(db, new AccessPolicy(db), database.Time);
        await cohorts.CreateAsync(admin, "Angkatan 1", village.Id, new DateOnly(2026, 11, 1));

        var taken = await Assert.ThrowsAsync<LearnDomainException>(() => cohorts.CreateAsync(admin, " Angkatan 1 ", village.Id, new DateOnly(2026, 12, 1)));

        Assert.Equal(new LearnError("cohort.name_taken", ErrorKind.Conflict), taken.Error);
        Assert.Equal("Angkatan 1", (await cohorts.CreateAsync(admin, "Angkatan 1", other.Id, new DateOnly(2026, 12, 1))).Name);
    }
}
