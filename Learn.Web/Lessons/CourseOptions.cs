namespace Learn.Web.Lessons;

public sealed class CourseOptions
{
    public const string Section = "Courses";

    /// <summary>The course folder; empty means the nearest "courses" folder at or above the content root.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// True: start-up reads only what menus and readiness need and renders each lesson on first use. False renders
    /// and validates every lesson before the app answers (slower start; `courses check` always does this).
    /// </summary>
    public bool RenderOnFirstUse { get; set; } = true;
}
