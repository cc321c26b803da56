using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Kader;

/// <summary>One learner, for their kader or facilitator: progress by level, and opening a level early.</summary>
public sealed class LearnerModel(LearnerOverviews overviews, KaderAccess access, ProgressService progress, KaderAssignmentService assignments,
    KaderWorkspace workspace, AccountService accounts, SignInGuard guard, IStringLocalizer t) : PageModel, IShowsErrors
{
    /// <summary>Whether wrong PINs have locked the learner's number on some device (then "unlock" is offered).</summary>
    public bool IsSignInLocked { get; private set; }

    public Core.Accounts.Account Learner { get; private set; } = null!;

    public string VillageName { get; private set; } = string.Empty;

    public Journey Journey { get; private set; } = null!;

    public IReadOnlyList<LevelUnlock> Unlocks { get; private set; } = [];

    public string? Error { get; private set; }

    public KaderAssignment? Assignment { get; private set; }

    public string? KaderName { get; private set; }

    /// <summary>Kader the facilitator may pin this learner to: those of the learner's district.</summary>
    public IReadOnlyList<(int Id, string Name)> PinChoices { get; private set; } = [];

    public bool IsFacilitator => User.IsInRole(nameof(Role.Facilitator)) || User.IsInRole(nameof(Role.Admin));

    /// <summary>The learner's own kader: signs off skills and records assisted quizzes.</summary>
    public bool IsTheirKader { get; private set; }

    public IReadOnlyList<Lesson> Skills { get; private set; } = [];

    public IReadOnlyDictionary<string, SkillSignOff> SignOffs { get; private set; } = new Dictionary<string, SkillSignOff>();

    public string? Message { get; private set; }

    /// <summary>Where a step's "done" message waits for the page the browser is sent to after the post.</summary>
    private const string DoneMessage = "Kader.Learner.Done";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Message = TempData[DoneMessage] as string;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id, int level, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await progress.UnlockLevelAsync(User.RequireActor(), id, level, reason ?? string.Empty, ct);
        return Done(id, t["Learner.Unlocked", level]);
    }

    public async Task<IActionResult> OnPostPinAsync(int id, int kaderId, CancellationToken ct) =>
        await RunAsync(id, () => assignments.PinAsync(User.RequireActor(), id, kaderId, ct), "Kader.Pinned", ct);

    public async Task<IActionResult> OnPostUnpinAsync(int id, CancellationToken ct) =>
        await RunAsync(id, () => assignments.UnpinAsync(User.RequireActor(), id, ct), "Kader.Unpinned", ct);

    public async Task<IActionResult> OnPostSignOffAsync(int id, string? skill, string? note, CancellationToken ct) =>
        await RunAsync(id, () => workspace.SignOffAsync(User.RequireActor(), id, skill ?? string.Empty, note, ct), "Kader.SignedOff", ct);

    /// <summary>Lifts the wrong-PIN lockout (audited), once the kader or facilitator ticked that the owner asked for it.</summary>
    public async Task<IActionResult> OnPostUnlockAccountAsync(int id, bool confirm, CancellationToken ct)
    {
        if (!confirm)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Error = t["Unlock.Confirm"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return await RunAsync(id, () => accounts.UnlockAsync(User.RequireActor(), id, ct), "Unlock.Done", ct);
    }

    /// <summary>A refused step is said above the learner's page, which was loaded before the step.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }

    private async Task<IActionResult> RunAsync(int id, Func<Task> action, string doneKey, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await action();
        return Done(id, t[doneKey]);
    }

    /// <summary>Post-redirect-get: a reload shows the learner's page and repeats nothing.</summary>
    private RedirectResult Done(int id, string message)
    {
        TempData[DoneMessage] = message;
        return Redirect($"/kader/peserta/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        // 404 rather than 403, so ids of other villages' (or other kader's) learners reveal nothing.
        var actor = User.RequireActor();
        if (!await access.CanSeeLearnerAsync(actor, id, ct)
            || await overviews.ReadAsync(id, IsFacilitator, ct) is not { } overview)
        {
            return false;
        }

        Learner = overview.Learner;
        VillageName = overview.VillageName;
        Journey = overview.Journey;
        Unlocks = overview.Unlocks;
        Assignment = overview.Assignment;
        KaderName = overview.KaderName;
        IsTheirKader = await access.IsTheirKaderAsync(actor, id, ct);
        IsSignInLocked = await guard.IsLockedAnywhereAsync(overview.Learner.Phone, ct);
        Skills = workspace.Skills();
        SignOffs = overview.SignOffs;
        PinChoices = overview.PinChoices;
        return true;
    }
}
