using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Progress;
using Learn.Core.Storage;
using Learn.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Pages.Tutor;

/// <summary>One learner, for their kader or facilitator: progress by level, and opening a level early.</summary>
public sealed class LearnerModel(LearnDbContext db, AccessPolicy access, ProgressService progress, IStringLocalizer t) : PageModel
{
    public Core.Accounts.Account Learner { get; private set; } = null!;

    public string VillageName { get; private set; } = string.Empty;

    public Journey Journey { get; private set; } = null!;

    public IReadOnlyList<LevelUnlock> Unlocks { get; private set; } = [];

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUnlockAsync(int id, int level, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        try
        {
            await progress.UnlockLevelAsync(User.RequireActor(), id, level, reason ?? string.Empty, ct);
            Message = t["Learner.Unlocked", level];
            await LoadAsync(id, ct);
        }
        catch (LearnDomainException e)
        {
            Error = t["Error." + e.Code];
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        // 404 rather than 403, so ids of other villages' learners reveal nothing.
        if (!await access.CanViewLearnerAsync(User.RequireActor(), id, ct)
            || await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.Role == Role.Learner, ct) is not { } learner)
        {
            return false;
        }

        Learner = learner;
        VillageName = await db.Villages.Where(v => v.Id == learner.VillageId).Select(v => v.Name).SingleAsync(ct);
        Journey = await progress.GetJourneyAsync(id, ct);
        Unlocks = await db.LevelUnlocks.AsNoTracking().Where(u => u.AccountId == id).OrderBy(u => u.At).ToListAsync(ct);
        History = await db.AuditEntries.AsNoTracking().Where(a => a.SubjectAccountId == id)
            .OrderByDescending(a => a.At).Take(20).ToListAsync(ct);
        return true;
    }
}
