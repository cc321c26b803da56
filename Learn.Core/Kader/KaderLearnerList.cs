using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Kader;

/// <summary>
/// The kader's list (<c>/kader/peserta</c>): a kader sees their own learners, facilitators and admins
/// everyone in their villages; searched by name or phone, 25 a page. Stuck comes from
/// <see cref="LearnerStandings"/>, the same reading the facilitator dashboard uses.
/// </summary>
public sealed class KaderLearnerList(LearnDbContext db, AccessPolicy access, CourseCatalog courses, LearnerStandings standings)
{
    public const int PageSize = 25;

    public async Task<KaderLearnerPage> ReadAsync(Actor actor, string? search, int page, CancellationToken ct = default)
    {
        var villages = await access.VisibleVillageIdsAsync(actor, ct);
        var query = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner);
        var isKader = actor.Role == Role.Kader;
        if (isKader)
        {
            query = query.Where(a => db.KaderAssignments.Any(t => t.LearnerId == a.Id && t.KaderId == actor.Id));
        }

        if (villages is not null)
        {
            query = query.Where(a => a.VillageId != null && villages.Contains(a.VillageId.Value));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(a => a.Name.Contains(term) || a.Phone.Contains(term));
        }

        var paging = Paging.Of(await query.CountAsync(ct), PageSize, page);
        var learners = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip(paging.Skip).Take(PageSize)
            .Join(db.Villages, a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name, a.Phone, Village = v.Name, a.Hamlet })
            .ToListAsync(ct);
        var ids = learners.Select(l => l.Id).ToList();
        var stood = (await standings.ForAsync(db.Accounts.Where(a => ids.Contains(a.Id)), ct)).ToDictionary(s => s.Id);
        var progress = (await db.LessonProgress.AsNoTracking().Where(p => ids.Contains(p.AccountId)).ToListAsync(ct))
            .ToLookup(p => p.AccountId);
        var unlocks = (await db.LevelUnlocks.AsNoTracking().Where(u => ids.Contains(u.AccountId)).ToListAsync(ct))
            .ToLookup(u => u.AccountId);
        var kaderNames = await db.KaderAssignments.AsNoTracking().Where(t => ids.Contains(t.LearnerId))
            .Join(db.Accounts, t => t.KaderId, k => k.Id, (t, k) => new { t.LearnerId, k.Name })
            .ToDictionaryAsync(x => x.LearnerId, x => x.Name, ct);
        var course = courses.Current;
        var total = course.AllLessons.Count();
        var rows = learners.Select(l =>
        {
            var journey = JourneyRules.Build(course, progress[l.Id], unlocks[l.Id]);
            var standing = stood[l.Id];
            return new KaderLearnerRow(l.Id, l.Name, l.Phone, l.Village, l.Hamlet, journey.CurrentLevel,
                journey.Levels.Sum(s => s.MasteredLessons), total, standing.LastActivity, standing.Stuck != StuckReason.None,
                journey.ContinueWith, kaderNames.GetValueOrDefault(l.Id));
        }).ToList();
        return new KaderLearnerPage(isKader, rows, paging);
    }
}
