using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Lessons;

public sealed class LevelModel(CourseCatalog courses, ProgressService progress) : PageModel
{
    public Level Level { get; private set; } = null!;

    public Journey? Journey { get; private set; }

    public LevelStanding? Standing => Journey?.For(Level.Number);

    public string Language { get; } = LocalizationExtensions.CurrentLanguage();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (courses.Current.FindLevel(slug) is not { } level)
        {
            return NotFound();
        }

        Level = level;
        if (User.ToActor() is { Role: Role.Learner } learner)
        {
            Journey = await progress.GetJourneyAsync(learner.Id, ct);
        }

        return Page();
    }
}
