using Learn.Core.Accounts;
using Learn.Core.Kader;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>Says who will answer a waiting request, from the same facts the routing and escalation use.</summary>
public sealed class HelpAnswerers(LearnDbContext db, KaderAssignments assignments)
{
    /// <summary>Null when the request is no longer waiting (someone is helping, or it is resolved).</summary>
    public async Task<HelpAnswerer?> ForAsync(long requestId, CancellationToken ct = default)
    {
        var request = await db.HelpRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, ct);
        if (request.Status != HelpStatus.Waiting)
        {
            return null;
        }

        var own = await assignments.GetAssignedKaderIdAsync(request.LearnerId, ct);
        if (request.Stage == HelpStage.FirstKader && request.FirstHelperId is { } first)
        {
            var name = await db.Accounts.AsNoTracking().Where(a => a.Id == first).Select(a => a.Name).SingleAsync(ct);
            return new HelpAnswerer(first == own ? HelpAnswererKind.OwnKader : HelpAnswererKind.VillageKader, name);
        }

        var villageHasKader = await db.Accounts.AsNoTracking()
            .AnyAsync(a => a.Role == Role.Kader && a.IsActive && a.VillageId == request.VillageId, ct);
        return new HelpAnswerer(request.Stage == HelpStage.VillageKader && villageHasKader
            ? HelpAnswererKind.VillageKaders
            : HelpAnswererKind.Facilitator);
    }
}
