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
/// The plain form for asking: works without JavaScript (a file input takes a photo or a recording); with it,
/// help-ask.js records a voice note into that input. The question is stored, then the kader is told.
/// </summary>
[Authorize]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class AskModel(HelpService help, HelpAttachments attachments, CourseCatalog courses, IOptions<HelpOptions> options) : PageModel, IShowsErrors
{
    /// <summary>The largest photo the shop pipeline takes, and room for the form's other fields (as the conversation's form).</summary>
    private const long MaxRequestBytes = Learn.Core.Shop.ProductPhoto.MaxUploadBytes + (256 * 1024);

    public int MaxVoiceSeconds => options.Value.MaxVoiceSeconds;

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

    public async Task<IActionResult> OnPostAsync(IFormFile? attachment, string? kind, CancellationToken ct)
    {
        LoadContext();
        if (!IsLearner)
        {
            return Forbid();
        }

        var context = new HelpContext(Lesson?.Id, SectionId, QuestionId);
        HelpRequestView request;
        if (attachment is { Length: > 0 })
        {
            await using var content = attachment.OpenReadStream();
            var said = kind switch { "voice" => HelpMessageKind.Voice, "photo" => HelpMessageKind.Photo, _ => (HelpMessageKind?)null };
            request = await attachments.AskAsync(User.RequireActor(), context, ClientId, Text, new HelpUpload(content, attachment.Length, said), ct);
        }
        else
        {
            request = await help.AskAsync(User.RequireActor(), context, ClientId, Text, ct);
        }

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
