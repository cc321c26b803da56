using Learn.Content.Courses;
using Learn.Web.Localization;
using Learn.Web.Offline;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Learn.Web.Lessons;

/// <summary>
/// Serves an anonymous GET of a lesson from its cached copy, in the encoding the browser asks for,
/// without rendering, compressing, hashing or opening the database. A miss renders the page as usual
/// into memory and keeps it. Anyone signed in, any query string and any answer but a plain 200 HTML
/// page without cookies goes through to the page untouched.
/// </summary>
public sealed class AnonymousLessonCacheMiddleware(RequestDelegate next, CourseCatalog courses, AnonymousLessonPages pages, IOptions<LessonPageOptions> options)
{
    private const string LessonPage = "/Lessons/Lesson";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!options.Value.CacheAnonymous || !IsAnonymousLessonGet(http, out var id)
            || courses.Current is not { } course || course.FindLesson(id) is not { } lesson)
        {
            await next(http);
            return;
        }

        var language = LocalizationExtensions.CurrentLanguage();
        var page = pages.Find(course, lesson.Id, language) ?? await RenderAsync(http, course, lesson, language);
        if (page is not null)
        {
            await ServeAsync(http, page);
        }
    }

    private static bool IsAnonymousLessonGet(HttpContext http, out string id)
    {
        id = http.Request.RouteValues["id"] as string ?? string.Empty;
        return HttpMethods.IsGet(http.Request.Method)
            && http.Request.RouteValues["page"] as string == LessonPage
            && id.Length > 0
            && !http.Request.QueryString.HasValue
            && http.User.Identity?.IsAuthenticated != true;
    }

    /// <summary>Renders into memory; keeps and returns the page, or sends the response as it is and returns null.</summary>
    private async Task<CachedLessonPage?> RenderAsync(HttpContext http, CourseSnapshot course, Lesson lesson, string language)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var headers = http.Response.Headers;
        if (http.Response.StatusCode == StatusCodes.Status200OK && !http.Response.HasStarted
            && headers.SetCookie.Count == 0 && headers.ContentEncoding.Count == 0
            && http.Response.ContentType is { } contentType && contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            return pages.Add(course, lesson.Id, language, contentType, LessonCaching.AnonymousTag(course, lesson, language), buffer.ToArray());
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return null;
    }

    private static async Task ServeAsync(HttpContext http, CachedLessonPage page)
    {
        var response = http.Response;
        response.Headers.CacheControl = LessonCaching.CacheControl;
        response.Headers.ETag = page.ETag;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (LessonCaching.Matches(http.Request, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var (body, encoding) = Negotiate(http.Request, page);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>Brotli or gzip by the browser's quality values, Brotli on a tie (as the compression middleware), else plain.</summary>
    private static (byte[] Body, string? Encoding) Negotiate(HttpRequest request, CachedLessonPage page)
    {
        double brotli = 0, gzip = 0;
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted))
        {
            foreach (var value in accepted)
            {
                var quality = value.Quality ?? 1;
                if (value.Value.Equals("br", StringComparison.OrdinalIgnoreCase) || value.Value == "*")
                {
                    brotli = Math.Max(brotli, quality);
                }

                if (value.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || value.Value == "*")
                {
                    gzip = Math.Max(gzip, quality);
                }
            }
        }

        return brotli > 0 && brotli >= gzip ? (page.Brotli, "br")
            : gzip > 0 ? (page.Gzip, "gzip")
            : (page.Identity, null);
    }
}
