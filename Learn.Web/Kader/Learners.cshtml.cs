using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Web.Kader;

public sealed class LearnersModel(LearnDbContext db, AccessPolicy access, CourseCatalog courses, HelpService help, TimeProvider time, HelpNudges nudges) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string Name, string Phone, string VillageName, string? Hamlet, int CurrentLevel,
        int MasteredLessons, int TotalLessons, DateTimeOffset? LastActivity, bool IsStuck, Lesson? NextStep, string? KaderName);

    /// <summary>A kader sees their own learners ("my learners"); facilitators and admins see everyone in their villages.</summary>
    public bool IsKader { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    public int TotalCount { get; private set; }

    /// <summary>Who already reminded a learner over WhatsApp, and when.</summary>
    public IReadOnlyDictionary<int, LastNudge> Nudges { get; private set; } = new Dictionary<int, LastNudge>();

    /// <summary>Help requests waiting for this kader: their start page shows the queue beside their learners.</summary>
    public IReadOnlyList<HelpRequestView> WaitingHelp { get; private set; } = [];

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.RequireActor();
        var villages = await access.VisibleVillageIdsAsync(actor, ct);
        var query = db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner);
        IsKader = actor.Role == Role.Kader;
        if (IsKader)
        {
            WaitingHelp = (await help.ConsoleAsync(actor, ct)).Where(r => r.Status == HelpStatus.Waiting).ToList();
            query = query.Where(a => db.KaderAssignments.Any(t => t.LearnerId == a.Id && t.KaderId == actor.Id));
        }

        if (villages is not null)
        {
            query = query.Where(a => a.VillageId != null && villages.Contains(a.VillageId.Value));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(a => a.Name.Contains(term) || a.Phone.Contains(term));
        }

        TotalCount = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var learners = await query.OrderBy(a => a.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Join(db.Villages, a => a.VillageId, v => v.Id, (a, v) => new { a.Id, a.Name, a.Phone, Village = v.Name, a.Hamlet, a.CreatedAt })
            .ToListAsync(ct);
        var ids = learners.Select(l => l.Id).ToList();
        Nudges = await nudges.LastAsync(ids, ct);
        var progress = (await db.LessonProgress.AsNoTracking().Where(p => ids.Contains(p.AccountId)).ToListAsync(ct))
            .ToLookup(p => p.AccountId);
        var unlocks = (await db.LevelUnlocks.AsNoTracking().Where(u => ids.Contains(u.AccountId)).ToListAsync(ct))
            .ToLookup(u => u.AccountId);
        var kaderNames = await db.KaderAssignments.AsNoTracking().Where(t => ids.Contains(t.LearnerId))
            .Join(db.Accounts, t => t.KaderId, k => k.Id, (t, k) => new { t.LearnerId, k.Name })
            .ToDictionaryAsync(x => x.LearnerId, x => x.Name, ct);
        var now = time.GetUtcNow();
        var course = courses.Current;
        var total = course.AllLessons.Count();
        Rows = learners.Select(l =>
        {
            var journey = JourneyRules.Build(course, progress[l.Id], unlocks[l.Id]);
            var mastered = journey.Levels.Sum(s => s.MasteredLessons);
            var last = progress[l.Id].Select(p => (DateTimeOffset?)p.LastActivityAt).Max();
            return new Row(l.Id, l.Name, l.Phone, l.Village, l.Hamlet, journey.CurrentLevel, mastered, total, last,
                StuckRule.IsStuck(progress[l.Id], l.CreatedAt, now), journey.ContinueWith, kaderNames.GetValueOrDefault(l.Id));
        }).ToList();
    }
}
