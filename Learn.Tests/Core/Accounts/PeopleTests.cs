using Learn.Core.Accounts;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Core.Accounts;

public sealed class PeopleTests
{
    [StorageFact]
    public async Task SomeonesOwnAccountIsFoundWhateverTheirRoleAndAnUnknownIdIsNot()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var kader = await database.AddAccountAsync(Role.Kader, village.Id, "Rina");
        var facilitator = await database.AddAccountAsync(Role.Facilitator, village.Id, "Budi");
        await using var db = database.NewContext();
        var people = new People(db);

        Assert.Equal("Rina", (await people.AccountAsync(kader.Id))?.Name);
        Assert.Equal("Budi", (await people.AccountAsync(facilitator.Id))?.Name);
        Assert.Null(await people.AccountAsync(facilitator.Id + 1000));
    }
}
