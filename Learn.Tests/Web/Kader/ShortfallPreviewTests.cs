using Learn.Core.Accounts;
using Learn.Core.Kader;

namespace Learn.Tests.Web.Kader;

/// <summary>Before a change that leaves learners without a kader is applied, the preview names them and says which kader could take them.</summary>
[Collection(WebTests.Name)]
public sealed class ShortfallPreviewTests(LearnApplication app) : IClassFixture<LearnApplication>
{
    [Fact]
    public async Task DeactivatingAKaderWhenTheOthersAreFullNamesWhoWouldBeLeftAndWhichKaderCouldTakeThem()
    {
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), KaderFixture.NewName("Kec"));
        var leaving = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male, capacity: 2);
        var full = await app.AddKaderAsync(village.Id, "Nur Fadilah", Gender.Female, capacity: 2);
        for (var i = 0; i < 4; i++)
        {
            await app.AddAccountAsync(Role.Learner, village.Id, $"Peserta {i}");
        }

        await app.AssignAllAsync();
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var off = new KaderSettings(2, ["id"], WeeklyAvailability.Everything, IsActive: false, CertifiedLevel: 2);

        var preview = await app.KaderAssignmentsAsync(s => s.PreviewKaderChangeAsync(new Actor(facilitator.Id, Role.Facilitator), leaving.Id, off));

        Assert.Equal(2, preview.LeftWithoutKader.Count);
        Assert.All(preview.LeftWithoutKader, c =>
        {
            Assert.Equal(leaving.Id, c.FromKaderId);
            var hint = Assert.Single(preview.HintsFor(c.LearnerId));
            Assert.Equal((full.Id, 2, 2, false), (hint.KaderId, hint.Taken, hint.Capacity, hint.IsNeighbourVillage));
        });
    }

    [Fact]
    public async Task AFullQualifiedKaderInANeighbouringVillageIsNamedWhenTheOwnVillageHasNone()
    {
        var district = KaderFixture.NewName("Kec");
        var village = await app.AddVillageAsync(KaderFixture.NewName("Desa"), district);
        var neighbour = await app.AddVillageAsync(KaderFixture.NewName("Tetangga"), district);
        var leaving = await app.AddKaderAsync(village.Id, "Dimas Aditya", Gender.Male, capacity: 1);
        var there = await app.AddKaderAsync(neighbour.Id, "Rizky Amelia", Gender.Female, capacity: 1);
        await app.AddAccountAsync(Role.Learner, village.Id, "Siti Aminah");
        await app.AddAccountAsync(Role.Learner, neighbour.Id, "Ngatini");
        await app.AssignAllAsync();
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id);
        var off = new KaderSettings(1, ["id"], WeeklyAvailability.Everything, IsActive: false, CertifiedLevel: 2);

        var preview = await app.KaderAssignmentsAsync(s => s.PreviewKaderChangeAsync(new Actor(facilitator.Id, Role.Facilitator), leaving.Id, off));

        var left = Assert.Single(preview.LeftWithoutKader);
        var hint = Assert.Single(preview.HintsFor(left.LearnerId));
        Assert.Equal((there.Id, true, neighbour.Name), (hint.KaderId, hint.IsNeighbourVillage, hint.VillageName));
    }
}
