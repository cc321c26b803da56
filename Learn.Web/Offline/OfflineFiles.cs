using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Web.Lessons;

namespace Learn.Web.Offline;

/// <summary>
/// The URLs a phone must fetch to open a level's lessons offline, with sizes close to what goes
/// over the wire: page HTML is measured compressed, pictures by their file size. Worked out once
/// per course snapshot and language.
/// </summary>
public sealed partial class OfflineFiles
{
    /// <summary>Header, navigation and quiz markup around the lesson text, compressed.</summary>
    private const long PageChromeBytes = 2_500;

    private readonly ConcurrentDictionary<(DateTimeOffset, int, string), IReadOnlyList<(string Url, long Bytes)>> _cache = new();

    public IReadOnlyList<(string Url, long Bytes)> For(CourseSnapshot course, Level level, string language) =>
        _cache.GetOrAdd((course.LoadedAt, level.Number, language), _ => Build(course, level, language));

    private static List<(string Url, long Bytes)> Build(CourseSnapshot course, Level level, string language)
    {
        var files = new List<(string Url, long Bytes)> { ($"/level/{level.Slug}", PageChromeBytes) };
        var pictures = new SortedSet<string>(StringComparer.Ordinal);
        var lessons = level.Placement is null ? level.Lessons : level.Lessons.Append(level.Placement);
        foreach (var lesson in lessons)
        {
            var html = lesson.In(language).Html;
            files.Add(($"/belajar/{lesson.Id}", PageChromeBytes + CompressedSize(html)));
            foreach (Match match in Picture().Matches(html))
            {
                pictures.Add(match.Groups[1].Value);
            }
        }

        foreach (var url in pictures)
        {
            var relative = Uri.UnescapeDataString(url.Split('?')[0][(ContentExtensions.MediaPath.Length + 1)..]);
            var path = Path.GetFullPath(Path.Combine(course.Root, relative));
            var bytes = path.StartsWith(Path.GetFullPath(course.Root), StringComparison.Ordinal) && File.Exists(path)
                ? new FileInfo(path).Length
                : 0;
            files.Add((url, bytes));
        }

        return files;
    }

    private static long CompressedSize(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.Length;
    }

    [GeneratedRegex("src=\"(/kursus/[^\"]+)\"")]
    private static partial Regex Picture();
}
