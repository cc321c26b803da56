using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Errors;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Learn.Web.Localization;
using Learn.Web.Offline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Lessons;

[IgnoreAntiforgeryToken]
[SignedInAntiforgery]
public sealed class LessonModel(CourseCatalog courses, ProgressService progress, AttemptRecorder recorder, IStringLocalizer t) : PageModel, IShowsErrors
{
    public Lesson Lesson { get; private set; } = null!;

    public LessonVersion Version { get; private set; } = null!;

    public Level Level { get; private set; } = null!;

    public Journey? Journey { get; private set; }

    public QuizResult? Result { get; private set; }

    /// <summary>The form field the page's script adds to a quiz post: the submission's own id.</summary>
    public const string ClientIdField = "clientId";

    public bool NewlyMastered { get; private set; }

    /// <summary>This post was recorded before (its client id is known): shown again, counted once.</summary>
    public bool Replayed { get; private set; }

    public QuizAnswers Picked { get; private set; } = new();

    public string? Error { get; private set; }

    public string Language { get; } = LocalizationExtensions.CurrentLanguage();

    public bool IsLearner => User.ToActor() is { Role: Role.Learner };

    public bool IsLocked => Journey is not null && !Journey.CanOpen(Lesson);

    public bool IsMastered => Journey?.IsMastered(Lesson.Id) == true;

    /// <summary>The options in the order this reader sees them: shuffled per learner and attempt, graded by id.</summary>
    public IReadOnlyList<QuizOption> OptionsInOrder(QuizQuestion question)
    {
        var learnerId = User.ToActor() is { Role: Role.Learner } learner ? learner.Id : (int?)null;
        var attempts = Journey?.Progress.GetValueOrDefault(Lesson.Id)?.Attempts ?? 0;
        // After an answer the page shows the attempt just made, in the order it was answered in.
        var attempt = Result is not null ? attempts : attempts + 1;
        return OptionShuffle.Order(question, OptionShuffle.Seed(learnerId, Lesson.Id, attempt));
    }

    public Lesson? Next => Level.Lessons.SkipWhile(l => l.Id != Lesson.Id).Skip(1).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Request.Query.ContainsKey(QuizResults.Flag))
        {
            // One attempt's feedback: neither the phone nor a proxy keeps it.
            Response.Headers.CacheControl = "no-store";
            Replayed = QuizResults.IsReplayed(Request.Query);
            return Grade(QuizForm.Read(Request.Query), QuizResults.IsNewlyMastered(Request.Query)) ? Page() : Tampered();
        }

        return LessonCaching.IsNotModified(HttpContext, courses.Current, Lesson, Language, Journey)
            ? StatusCode(StatusCodes.Status304NotModified)
            : Page();
    }

    /// <summary>Records the attempt, then redirects to the results (post-redirect-get), so a reload never sends it again.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        var answers = QuizForm.Read(Request.Form);
        Picked = answers;
        if (!Grade(answers, newlyMastered: false))
        {
            await LoadJourneyAsync(ct);
            return Tampered();
        }

        if (User.ToActor() is not { Role: Role.Learner } learner)
        {
            return Redirect(QuizResults.Url(Lesson, answers, newlyMastered: false, replayed: false));
        }

        // Sent by the page's script (a form without it has none): the id that keeps a timed-out post and
        // its copy in the phone's queue from counting twice.
        var clientId = Request.Form[ClientIdField].ToString();
        var submission = await recorder.RecordQuizAsync(learner.Id, Lesson, answers,
            clientId: AttemptRecorder.IsClientId(clientId) ? clientId : null, ct: ct);
        return Redirect(QuizResults.Url(Lesson, answers, submission.NewlyMastered, submission.Replayed));
    }

    /// <summary>A locked level says so on the lesson page; nothing was saved.</summary>
    public async Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = problem.Code == "level.locked" ? t["Lesson.Error.Locked"] : message;
        Result = null;
        await LoadJourneyAsync(ct);
        return true;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (!Load(id))
        {
            return false;
        }

        await LoadJourneyAsync(ct);
        return true;
    }

    private async Task LoadJourneyAsync(CancellationToken ct)
    {
        if (User.ToActor() is { Role: Role.Learner } learner)
        {
            Journey = await progress.GetJourneyAsync(learner.Id, ct);
        }
    }

    /// <summary>Grades the answers for the page (the recorder grades them again inside its write); false when the form was tampered with.</summary>
    private bool Grade(QuizAnswers answers, bool newlyMastered)
    {
        try
        {
            Result = QuizGrader.Grade(Lesson.Indonesian.Quiz, answers, Lesson.Mastery);
        }
        catch (QuizGradingException)
        {
            // A form that names questions or options the quiz lacks was tampered with or is stale.
            return false;
        }

        Picked = answers;
        NewlyMastered = newlyMastered;
        return true;
    }

    private PageResult Tampered()
    {
        Error = t["Lesson.Error.Tampered"];
        Picked = new QuizAnswers();
        Result = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool Load(string id)
    {
        var course = courses.Current;
        if (course.FindLesson(id) is not { } lesson)
        {
            return false;
        }

        Lesson = lesson;
        Version = lesson.In(Language);
        Level = course.LevelOf(lesson);
        return true;
    }
}
