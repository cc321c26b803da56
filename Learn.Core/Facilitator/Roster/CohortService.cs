using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Storage;

namespace Learn.Core.Facilitator.Roster;

public sealed class CohortService(LearnDbContext db, AccessPolicy access, TimeProvider time)
{
    public async Task<Cohort> CreateAsync(Actor actor, string name, int villageId, DateOnly startsOn, CancellationToken ct = default)
    {
        if (actor.Role is not (Role.Facilitator or Role.Admin) || !await access.CanManageVillageAsync(actor, villageId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "You may not make cohorts in this village.");
        }

        var now = time.GetUtcNow();
        var cohort = new Cohort(name, villageId, startsOn, now);
        db.Cohorts.Add(cohort);
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "cohort.created", null, $"{cohort.Name} in village {villageId}"));
        await db.SaveChangesAsync(ct);
        return cohort;
    }
}
