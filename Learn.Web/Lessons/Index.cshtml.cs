using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Lessons;

public sealed class IndexModel(CourseCatalog courses, ProgressService progress) : PageModel
{
    public IReadOnlyList<Level> Levels { get; private set; } = [];

    /// <summary>Only for a signed-in learner; visitors read freely without progress.</summary>
    public Journey? Journey { get; private set; }

    public string Language { get; } = LocalizationExtensions.CurrentLanguage();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Levels = courses.Current.Levels;
        if (User.ToActor() is { Role: Role.Learner } learner)
        {
            Journey = await progress.GetJourneyAsync(learner.Id, ct);
        }
    }
}
