using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Help;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Learn.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learn.Web.Help;

/// <summary>The plain form for asking: works without JavaScript; the question is stored, then the kader is told.</summary>
[Authorize]
public sealed class AskModel(HelpService help, CourseCatalog courses) : PageModel, IShowsErrors
{
    [BindProperty(SupportsGet = true, Name = "pelajaran")]
    public string? LessonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "bagian")]
    public string? SectionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "soal")]
    public string? QuestionId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    /// <summary>Made when the form is shown, so pressing "send" twice stores one question.</summary>
    [BindProperty]
    public string ClientId { get; set; } = Guid.NewGuid().ToString("N");

    public Lesson? Lesson { get; private set; }

    public IReadOnlyList<LessonSections.Section> Sections { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsLearner => User.ToActor() is { Role: Role.Learner };

    public void OnGet() => LoadContext();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        LoadContext();
        if (!IsLearner)
        {
            return Forbid();
        }

        var request = await help.AskAsync(User.RequireActor(), new HelpContext(Lesson?.Id, SectionId, QuestionId), ClientId, Text, ct);
        return Redirect($"/bantuan/{request.Id}#percakapan");
    }

    /// <summary>A refused question (empty, too long, too fast) is shown above the form, with what was typed.</summary>
    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }

    private void LoadContext()
    {
        Lesson = LessonId is null ? null : courses.Current.FindLesson(LessonId);
        if (Lesson is not null)
        {
            Sections = LessonSections.Of(Lesson.In(LocalizationExtensions.CurrentLanguage()));
        }
    }
}
