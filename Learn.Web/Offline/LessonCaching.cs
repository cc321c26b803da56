using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Learn.Content.Courses;
using Learn.Core.Lessons;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Learn.Web.Offline;

/// <summary>
/// ETag and Cache-Control for lesson pages, so a repeat visit over a slow link is a 304 of a few
/// hundred bytes. An anonymous page is the same for everyone, so its tag is the course snapshot's
/// version, the lesson and the language, built without hashing. A signed-in page's tag also covers
/// who is signed in, their standing in the level and the antiforgery cookie its forms were made for.
/// </summary>
public static class LessonCaching
{
    /// <summary>Private, revalidated storage: a stored page is always checked against its tag before use.</summary>
    public const string CacheControl = "private, no-cache";

    private static readonly string Build = typeof(LessonCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The anonymous page's tag; the snapshot version already names the build and the load.</summary>
    public static string AnonymousTag(CourseSnapshot course, Lesson lesson, string language) =>
        $"W/\"{OfflineVersion.For(course)}-{lesson.Id}-{language}\"";

    /// <summary>Sets the caching headers; true when the browser's copy is current and a 304 will do.</summary>
    public static bool IsNotModified(HttpContext http, CourseSnapshot course, Lesson lesson, string language, Journey? journey)
    {
        var etag = http.User.Identity?.IsAuthenticated == true
            ? SignedInTag(http, course, lesson, language, journey)
            : AnonymousTag(course, lesson, language);

        http.Response.OnStarting(() =>
        {
            // A signed-in page's antiforgery token makes ASP.NET Core send "no-cache, no-store". Private,
            // revalidated storage is safe here: that page's tag includes the antiforgery cookie, so a stored
            // page never carries a stale token, and "private" keeps it out of shared caches.
            http.Response.Headers.CacheControl = CacheControl;
            http.Response.Headers.Remove(HeaderNames.Pragma);
            http.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        });

        return Matches(http.Request, etag);
    }

    /// <summary>True when the request's If-None-Match names this tag (weak comparison, as for a GET).</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => Weak(tag.Trim()) == Weak(etag));
    }

    private static string SignedInTag(HttpContext http, CourseSnapshot course, Lesson lesson, string language, Journey? journey)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var cookieName = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        // A new cookie token (first visit, or an old one that no longer validates) is what the page's forms will carry.
        var cookieToken = antiforgery.GetAndStoreTokens(http).CookieToken ?? http.Request.Cookies[cookieName] ?? string.Empty;
        var standing = journey?.For(lesson.LevelNumber);
        var key = string.Join('|',
            Build,
            course.LoadedAt.UtcTicks,
            lesson.Id,
            language,
            http.User.FindFirstValue(ClaimTypes.NameIdentifier),
            string.Join(',', http.User.FindAll(ClaimTypes.Role).Select(c => c.Value)),
            standing is null ? "-" : $"{standing.MasteredLessons}/{standing.IsUnlocked}/{standing.IsMastered}",
            journey?.IsMastered(lesson.Id),
            journey?.Progress.GetValueOrDefault(lesson.Id)?.Attempts,
            cookieToken);
        return $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12))}\"";
    }

    private static string Weak(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
