using Learn.Content.Courses;

namespace Learn.Web.Offline;

/// <summary>
/// Names the phone's caches after the build and the course snapshot, so a course update or a new
/// release makes the service worker refresh what the phone kept and drop what no longer belongs.
/// </summary>
public static class OfflineVersion
{
    private static readonly string Build = typeof(OfflineVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static string For(CourseSnapshot course) => $"{Build}-{course.LoadedAt.UtcTicks:x}";
}
