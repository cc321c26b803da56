using System.Globalization;
using Learn.Core.Help;
using Learn.Web.Accounts;
using Learn.Web.Localization;

namespace Learn.Web.Help;

/// <summary>
/// The WhatsApp reminder: records who reminds whom, then sends the helper's browser on to wa.me with a
/// kind message typed in, in the learner's language, naming the lesson to go on with and its link.
/// </summary>
public static class NudgeEndpoint
{
    public const string Pattern = "/bantuan/pengingat/{learnerId:int}";

    public static string For(int learnerId) => "/bantuan/pengingat/" + learnerId.ToString(CultureInfo.InvariantCulture);

    public static WebApplication MapNudge(this WebApplication app)
    {
        app.MapGet(Pattern, RemindAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> RemindAsync(int learnerId, HttpContext http, HelpNudges nudges, UiStrings strings, CancellationToken ct)
    {
        if (await nudges.RecordAsync(http.User.RequireActor(), learnerId, ct) is not { } target)
        {
            return Results.NotFound();
        }

        return Results.Redirect(WhatsAppLink.For(target.WhatsAppNumber, MessageOf(target, strings, $"{http.Request.Scheme}://{http.Request.Host}")));
    }

    /// <summary>The message in the learner's language when the app has it, otherwise in Indonesian.</summary>
    internal static string MessageOf(NudgeTarget target, UiStrings strings, string site)
    {
        var culture = CultureInfo.GetCultureInfo(UiStrings.Cultures.Contains(target.Language) ? target.Language : UiStrings.DefaultCulture);
        string Text(string key) => strings.Find(culture, key).Value ?? key;
        return target.NextLesson is { } lesson
            ? string.Format(culture, Text("Help.Nudge.Message"), target.Name, lesson.In(culture.Name).Title, $"{site}/belajar/{Uri.EscapeDataString(lesson.Id)}")
            : string.Format(culture, Text("Help.Nudge.MessageAllDone"), target.Name, site);
    }
}
