using System.Globalization;
using Learn.Core.Help;
using Learn.Web.Accounts;

namespace Learn.Web.Help;

/// <summary>
/// A help message's voice note or photo, only for people who may see its conversation (the same rule as its
/// text; anyone else gets 404). Served as the type the server checked and nothing else (nosniff), with range
/// requests so a phone can seek in a voice note; "/kecil" is a photo's thumbnail.
/// </summary>
public static class AttachmentEndpoint
{
    public const string Pattern = "/bantuan/lampiran/{id:long}";

    public static string For(long messageId) => "/bantuan/lampiran/" + messageId.ToString(CultureInfo.InvariantCulture);

    public static string ThumbnailFor(long messageId) => For(messageId) + "/kecil";

    public static WebApplication MapHelpAttachments(this WebApplication app)
    {
        app.MapGet(Pattern, (long id, HttpContext http, HelpService help, HelpFiles files, CancellationToken ct) => ServeAsync(id, false, http, help, files, ct))
            .RequireAuthorization();
        app.MapGet(Pattern + "/kecil", (long id, HttpContext http, HelpService help, HelpFiles files, CancellationToken ct) => ServeAsync(id, true, http, help, files, ct))
            .RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ServeAsync(long id, bool thumbnail, HttpContext http, HelpService help, HelpFiles files, CancellationToken ct)
    {
        if (await help.AttachmentAsync(http.User.RequireActor(), id, ct) is not { } found
            || (thumbnail && found.File.Kind != HelpMessageKind.Photo)
            || await files.OpenAsync(thumbnail ? HelpFiles.ThumbnailOf(found.File.Key) : found.File.Key, ct) is not { } content)
        {
            return Results.NotFound();
        }

        // Private: only this person may see it; a stored file never changes, so the phone may keep it.
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, found.File.ContentType, enableRangeProcessing: true);
    }
}
