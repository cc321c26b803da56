using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Help;

public sealed class HelpHelpersTests
{
    [StorageFact]
    public async Task TheConsoleListsTheActiveKaderOfTheViewersVillagesOnlineOnesFirst()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var elsewhere = await database.AddVillageAsync("Kauman");
        await database.AddAccountAsync(Role.Kader, village.Id, "Ani");
        var online = await database.AddAccountAsync(Role.Kader, village.Id, "Wati");
        var gone = await database.AddAccountAsync(Role.Kader, village.Id, "Dewi");
        await database.AddAccountAsync(Role.Kader, elsewhere.Id, "Sari");
        var facilitator = await database.AddAccountAsync(Role.Facilitator, village.Id, "Budi");
        await using (var db = database.NewContext())
        {
            await db.Accounts.Where(a => a.Id == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false));
        }

        var presence = new HelpPresence();
        presence.Connected(online.Id);
        await using var context = database.NewContext();
        var helpers = new HelpHelpers(context, new AccessPolicy(context), presence);

        Assert.Equal([new HelperStatus("Wati", true), new HelperStatus("Ani", false)],
            await helpers.ForConsoleAsync(new Actor(facilitator.Id, Role.Facilitator)));
        Assert.Equal(["Wati", "Ani", "Sari"], (await helpers.ForConsoleAsync(new Actor(int.MaxValue, Role.Admin))).Select(h => h.Name));
    }

    [StorageFact]
    public async Task TheViewingKaderIsListedAsOnlineBeforeTheirConsoleHasConnected()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var viewer = await database.AddAccountAsync(Role.Kader, village.Id, "Ani");
        await database.AddAccountAsync(Role.Kader, village.Id, "Wati");
        await using var context = database.NewContext();
        var helpers = new HelpHelpers(context, new AccessPolicy(context), new HelpPresence());

        Assert.Equal([new HelperStatus("Ani", true, IsViewer: true), new HelperStatus("Wati", false)],
            await helpers.ForConsoleAsync(new Actor(viewer.Id, Role.Kader)));
    }
}
