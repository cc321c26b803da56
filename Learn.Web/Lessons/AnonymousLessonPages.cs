using System.Collections.Concurrent;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Learn.Content.Courses;

namespace Learn.Web.Lessons;

/// <summary>
/// Anonymous lesson pages rendered once per lesson and language of a course snapshot. The pages hang
/// off the snapshot itself, so a course reload starts an empty set and the old one goes with the old snapshot.
/// </summary>
public sealed class AnonymousLessonPages
{
    private readonly ConditionalWeakTable<CourseSnapshot, ConcurrentDictionary<(string Lesson, string Language), CachedLessonPage>> _bySnapshot = new();

    public CachedLessonPage? Find(CourseSnapshot course, string lessonId, string language) =>
        _bySnapshot.TryGetValue(course, out var pages) && pages.TryGetValue((lessonId, language), out var page) ? page : null;

    /// <summary>Compresses a fresh render once, at the smallest size, and keeps it (the first of concurrent renders wins).</summary>
    public CachedLessonPage Add(CourseSnapshot course, string lessonId, string language, string contentType, string etag, byte[] html)
    {
        var page = new CachedLessonPage(contentType, etag, html, Compress(html, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
            Compress(html, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        return _bySnapshot.GetValue(course, _ => new()).GetOrAdd((lessonId, language), page);
    }

    private static byte[] Compress(byte[] html, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(html);
        }

        return buffer.ToArray();
    }
}
