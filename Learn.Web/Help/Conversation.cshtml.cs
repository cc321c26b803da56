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
using Microsoft.Extensions.Options;

namespace Learn.Web.Help;

/// <summary>
/// One help conversation. Without JavaScript it is a page of messages and plain forms (replies
/// show on reload, a file input sends a photo or a recording); with it, help.js keeps it live over
/// SignalR, records voice notes and queues what is sent offline. The send form's handler is also the
/// upload endpoint help.js posts voice notes and photos to (asking for JSON).
/// </summary>
[Authorize]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ConversationModel(HelpService help, HelpAttachments attachments, HelpAnswerers answerers, HelpLearnerPanel panel, CourseCatalog courses,
    IOptions<HelpOptions> options) : PageModel, IShowsErrors, IAnswersErrorsAsJson
{
    public int MaxVoiceSeconds => options.Value.MaxVoiceSeconds;

    /// <summary>The largest photo the shop pipeline takes, and room for the form's other fields.</summary>
    private const long MaxRequestBytes = Learn.Core.Shop.ProductPhoto.MaxUploadBytes + (256 * 1024);

    public sealed record Mistake(string LessonId, string LessonTitle, DateTimeOffset At, IReadOnlyList<string> Questions);

    public sealed record LearnerPanel(string? CurrentLessonId, string? CurrentLessonTitle, IReadOnlyList<Mistake> Mistakes);

    private long actingOn;

    public HelpConversation Conversation { get; private set; } = null!;

    public HelpRequestView Current => Conversation.Request;

    public Actor Me { get; private set; } = null!;

    public bool IsLearner => Me.Id == Current.LearnerId;

    public bool IsHelper => Me.Id == Current.HelperId;

    public bool IsStaff => Me.Role != Role.Learner;

    public bool IsOpen => Current.Status != HelpStatus.Resolved;

    public string? Error { get; private set; }

    public string? Text { get; private set; }

    public string ClientId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>A quick reply's message id: fixed for this page view, so a double click sends it once.</summary>
    public string QuickReplyClientId(string sectionId) => $"{ClientId}-{sectionId}"[..Math.Min(HelpMessage.ClientIdMaxLength, ClientId.Length + 1 + sectionId.Length)];

    public Lesson? ContextLesson { get; private set; }

    public string? ContextSectionTitle { get; private set; }

    public string? ContextQuestion { get; private set; }

    public IReadOnlyList<LessonSections.Section> Sections { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name, bool Online)> TransferTargets { get; private set; } = [];

    public LearnerPanel? Panel { get; private set; }

    /// <summary>Who will answer, told to the learner while the request waits.</summary>
    public HelpAnswerer? Answerer { get; private set; }

    public string Language { get; } = LocalizationExtensions.CurrentLanguage();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(long id, string? text, string? clientId, IFormFile? attachment, string? kind, CancellationToken ct)
    {
        Func<Task<HelpMessageView>> send = attachment is { Length: > 0 }
            ? () => SendFileAsync(id, text, clientId, attachment, kind, ct)
            : () => help.PostAsync(User.RequireActor(), id, clientId, text, ct);
        return WantsJson ? await AnswerJsonAsync(send) : await ActAsync(id, send, text, ct);
    }

    public bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private async Task<HelpMessageView> SendFileAsync(long id, string? text, string? clientId, IFormFile file, string? kind, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var said = kind switch { "voice" => HelpMessageKind.Voice, "photo" => HelpMessageKind.Photo, _ => (HelpMessageKind?)null };
        return await attachments.SendAsync(User.RequireActor(), id, clientId, text, new HelpUpload(content, file.Length, said), ct);
    }

    /// <summary>For help.js: the stored message. A broken rule is answered by the page filter through <see cref="ErrorBody"/>.</summary>
    private static async Task<IActionResult> AnswerJsonAsync(Func<Task<HelpMessageView>> send) =>
        new JsonResult(new HelpResult<HelpMessageView>(await send(), null, null));

    /// <summary>The same shape as the hub's answers, so help.js reads one kind of reply.</summary>
    public object ErrorBody(LearnError problem, string message) => new HelpResult<HelpMessageView>(null, problem.Code, message);

    public Task<IActionResult> OnPostTakeAsync(long id, CancellationToken ct) =>
        ActAsync(id, () => help.TakeAsync(User.RequireActor(), id, ct), null, ct);

    public Task<IActionResult> OnPostHandBackAsync(long id, CancellationToken ct) =>
        ActAsync(id, () => help.HandBackAsync(User.RequireActor(), id, ct), null, ct);

    public Task<IActionResult> OnPostTransferAsync(long id, int toId, CancellationToken ct) =>
        ActAsync(id, () => help.TransferAsync(User.RequireActor(), id, toId, ct), null, ct);

    public Task<IActionResult> OnPostResolveAsync(long id, HelpOutcome outcome, CancellationToken ct) =>
        ActAsync(id, () => help.ResolveAsync(User.RequireActor(), id, outcome, ct), null, ct);

    public Task<IActionResult> OnPostRateAsync(long id, int stars, CancellationToken ct) =>
        ActAsync(id, () => help.RateAsync(User.RequireActor(), id, stars, ct), null, ct);

    private async Task<IActionResult> ActAsync<T>(long id, Func<Task<T>> action, string? typed, CancellationToken ct)
    {
        // Kept for ShowErrorAsync: a refused message is shown again with what was typed.
        actingOn = id;
        Text = typed;
        await action();

        // After a hand-back or transfer the helper may no longer see it; the console is where they go next.
        return await help.GetConversationAsync(User.RequireActor(), id, long.MaxValue, ct) is null
            ? Redirect("/bantuan/konsol")
            : Redirect($"/bantuan/{id}#percakapan");
    }

    /// <summary>A refused step (closed, taken, too fast) is said above the conversation, loaded as it is now.</summary>
    public async Task<bool> ShowErrorAsync(LearnError problem, string message, CancellationToken ct)
    {
        Error = message;
        return await LoadAsync(actingOn, ct);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Me = User.RequireActor();
        if (await help.GetConversationAsync(Me, id, 0, ct) is not { } conversation)
        {
            return false;
        }

        Conversation = conversation;
        Answerer = IsLearner ? await answerers.ForAsync(id, ct) : null;
        var course = courses.Current;
        ContextLesson = Current.LessonId is null ? null : course.FindLesson(Current.LessonId);
        if (ContextLesson is not null)
        {
            var version = ContextLesson.In(Language);
            Sections = LessonSections.Of(version);
            ContextSectionTitle = Sections.FirstOrDefault(s => s.Id == Current.SectionId)?.Title;
            ContextQuestion = version.Quiz.Questions.FirstOrDefault(q => q.Id == Current.QuestionId) is { } q ? LessonSections.PlainText(q.TextHtml) : null;
        }

        if (IsStaff)
        {
            Panel = await PanelAsync(Current.LearnerId, ct);
            if (IsHelper)
            {
                TransferTargets = await help.TransferTargetsAsync(id, Me.Id, ct);
            }
        }

        return true;
    }

    /// <summary>What the helper needs to know: where the learner is, and which quiz questions they got wrong lately.</summary>
    private async Task<LearnerPanel> PanelAsync(int learnerId, CancellationToken ct)
    {
        var course = courses.Current;
        var facts = await panel.ForAsync(learnerId, ct);
        var mistakes = facts.Mistakes.Select(a =>
        {
            var version = course.FindLesson(a.LessonId)?.In(Language);
            var questions = a.WrongQuestionIds
                .Select(q => version?.Quiz.Questions.FirstOrDefault(x => x.Id == q) is { } found ? LessonSections.PlainText(found.TextHtml) : q)
                .ToList();
            return new Mistake(a.LessonId, version?.Title ?? a.LessonId, a.At, questions);
        }).ToList();
        var currentLesson = facts.CurrentLessonId is { } current ? course.FindLesson(current) : null;
        return new LearnerPanel(currentLesson?.Id, currentLesson?.In(Language).Title, mistakes);
    }
}
