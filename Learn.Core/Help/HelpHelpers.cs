using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>The console's list of helpers: the active kader of the villages the viewer may see, online ones first.</summary>
public sealed class HelpHelpers(LearnDbContext db, AccessPolicy access, IHelpPresence presence)
{
    /// <summary>At most this many kader, by name, before online ones are moved up: a province-wide admin gets a readable list.</summary>
    public const int MaxListed = 100;

    public async Task<IReadOnlyList<HelperStatus>> ForConsoleAsync(Actor viewer, CancellationToken ct = default)
    {
        var villages = await access.VisibleVillageIdsAsync(viewer, ct);
        var kader = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Kader && a.IsActive);
        if (villages is not null)
        {
            kader = kader.Where(a => a.VillageId != null && villages.Contains(a.VillageId.Value));
        }

        var helpers = await kader.OrderBy(a => a.Name).Take(MaxListed).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var online = await presence.OnlineAsync(helpers.Select(k => k.Id).ToList(), ct);
        // The console's own hub connection starts after the page is shown, so presence cannot yet count the viewer.
        return helpers.Select(k => new HelperStatus(k.Name, online.Contains(k.Id) || k.Id == viewer.Id, k.Id == viewer.Id))
            .OrderByDescending(k => k.Online).ToList();
    }
}
