using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Kader;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Learn.Web.Lessons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Kader;

/// <summary>
/// Assisted mode: the learner's own kader answers a quiz with the learner, on the kader's phone.
/// The attempt is saved for the learner, marked as assisted, and audited.
/// </summary>
public sealed class AssistedModel(People people, KaderAccess access, KaderWorkspace workspace, CourseCatalog courses,
    IStringLocalizer t) : PageModel, IShowsErrors
{
    public string LearnerName { get; private set; } = string.Empty;

    public int LearnerId { get; private set; }

    public Lesson Lesson { get; private set; } = null!;

    public QuizResult? Result { get; private set; }

    public QuizAnswers Picked { get; private set; } = new();

    public string? Error { get; private set; }

    /// <summary>The quiz, or after a post the results graded again from the answers in the address (nothing is recorded here).</summary>
    public async Task<IActionResult> OnGetAsync(int id, string lessonId, CancellationToken ct)
    {
        if (!await LoadAsync(id, lessonId, ct))
        {
            return NotFound();
        }

        if (!Request.Query.ContainsKey(QuizResults.Flag))
        {
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        var answers = QuizForm.Read(Request.Query);
        try
        {
            Result = QuizGrader.Grade(Lesson.Indonesian.Quiz, answers, Lesson.Mastery);
            Picked = answers;
            return Page();
        }
        catch (QuizGradingException)
        {
            return Tampered();
        }
    }

    /// <summary>Records the attempt for the learner, then redirects to its results (post-redirect-get), so a reload never records it again.</summary>
    public async Task<IActionResult> OnPostAsync(int id, string lessonId, CancellationToken ct)
    {
        if (!await LoadAsync(id, lessonId, ct))
        {
            return NotFound();
        }

        var answers = QuizForm.Read(Request.Form);
        Picked = answers;
        try
        {
            await workspace.RecordAssistedQuizAsync(User.RequireActor(), id, Lesson, answers, ct);
        }
        catch (QuizGradingException)
        {
            // Not a broken rule but a form naming questions or options the quiz lacks (tampered or stale), which the
            // grader in Content reports by throwing; the lesson page treats it the same way. Nothing was recorded.
            return Tampered();
        }

        return Redirect(QuizResults.Url($"/kader/peserta/{id}/dibantu/{Uri.EscapeDataString(Lesson.Id)}", Lesson, answers) + "#hasil");
    }

    private PageResult Tampered()
    {
        Error = t["Lesson.Error.Tampered"];
        Picked = new QuizAnswers();
        Result = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return Task.FromResult(true);
    }

    private async Task<bool> LoadAsync(int id, string lessonId, CancellationToken ct)
    {
        if (courses.Current.FindLesson(lessonId) is not { } lesson || !await access.IsTheirKaderAsync(User.RequireActor(), id, ct))
        {
            return false;
        }

        Lesson = lesson;
        LearnerId = id;
        LearnerName = await people.NameAsync(id, ct);
        return true;
    }
}
