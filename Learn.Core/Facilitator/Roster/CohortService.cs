using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

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
        if (await NameTakenAsync(cohort, ct))
        {
            throw NameTaken();
        }

        db.Cohorts.Add(cohort);
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "cohort.created", null, $"{cohort.Name} in village {villageId}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Two facilitators naming a cohort at once: the unique index is what decides. Anything else is rethrown as it was.
            db.ChangeTracker.Clear();
            if (await NameTakenAsync(cohort, ct))
            {
                throw NameTaken();
            }

            throw;
        }

        return cohort;
    }

    private Task<bool> NameTakenAsync(Cohort cohort, CancellationToken ct) =>
        db.Cohorts.AnyAsync(c => c.VillageId == cohort.VillageId && c.Name == cohort.Name, ct);

    private static LearnDomainException NameTaken() =>
        new(ErrorKind.Conflict, "cohort.name_taken", "This village already has a cohort with that name.");
}
