using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Lessons;
using Learn.Web.Accounts;
using Learn.Web.Localization;
using Learn.Web.Offline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Learn.Web.Lessons;

public sealed class LessonModel(CourseCatalog courses, ProgressService progress, AttemptRecorder recorder, IStringLocalizer t) : PageModel
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

        return LessonCaching.IsNotModified(HttpContext, courses.Current, Lesson, Language, Journey)
            ? StatusCode(StatusCodes.Status304NotModified)
            : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        // The recorder reads the journey inside its write and hands it back: one read per quiz post.
        if (!Load(id))
        {
            return NotFound();
        }

        var answers = QuizForm.Read(Request.Form);
        Picked = answers;
        try
        {
            if (User.ToActor() is { Role: Role.Learner } learner)
            {
                // Sent by the page's script (a form without it has none): the id that keeps a timed-out post and
                // its copy in the phone's queue from counting twice.
                var clientId = Request.Form[ClientIdField].ToString();
                var submission = await recorder.RecordQuizAsync(learner.Id, Lesson, answers,
                    clientId: AttemptRecorder.IsClientId(clientId) ? clientId : null, ct: ct);
                Result = submission.Result;
                NewlyMastered = submission.NewlyMastered;
                Replayed = submission.Replayed;
                Journey = submission.Journey;
            }
            else
            {
                Result = QuizGrader.Grade(Lesson.Indonesian.Quiz, answers, Lesson.Mastery);
            }
        }
        catch (QuizGradingException)
        {
            // A form that names questions or options the quiz lacks was tampered with or is stale.
            Error = t["Lesson.Error.Tampered"];
            Picked = new QuizAnswers();
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (LearnDomainException e) when (e.Code == "level.locked")
        {
            Error = t["Lesson.Error.Locked"];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        if (Journey is null && User.ToActor() is { Role: Role.Learner } reader)
        {
            Journey = await progress.GetJourneyAsync(reader.Id, ct);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (!Load(id))
        {
            return false;
        }

        if (User.ToActor() is { Role: Role.Learner } learner)
        {
            Journey = await progress.GetJourneyAsync(learner.Id, ct);
        }

        return true;
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
