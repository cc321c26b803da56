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
/// hundred bytes. The tag covers everything the page shows: the build (layout, strings, asset
/// URLs), the course snapshot, the lesson and language, who is signed in and their standing in
/// the level, and the antiforgery cookie the page's forms were made for.
/// </summary>
public static class LessonCaching
{
    private static readonly string Build = typeof(LessonCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Sets the caching headers; true when the browser's copy is current and a 304 will do.</summary>
    public static bool IsNotModified(HttpContext http, CourseSnapshot course, Lesson lesson, string language, Journey? journey)
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
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 12))}\"";

        http.Response.OnStarting(() =>
        {
            // The antiforgery token makes ASP.NET Core send "no-cache, no-store". Private, revalidated storage is
            // safe here: the ETag includes the antiforgery cookie, so a stored page never carries a stale token,
            // and "private" keeps it out of shared caches.
            http.Response.Headers.CacheControl = "private, no-cache";
            http.Response.Headers.Remove(HeaderNames.Pragma);
            http.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        });

        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => Weak(tag.Trim()) == Weak(etag));
    }

    private static string Weak(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
