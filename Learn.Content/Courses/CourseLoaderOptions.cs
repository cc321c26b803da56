namespace Learn.Content.Courses;

/// <summary>Where the web app serves lessons and course pictures, so the loader can write links.</summary>
public sealed class CourseLoaderOptions
{
    /// <summary>Format for a lesson's URL; <c>{0}</c> is the lesson id.</summary>
    public string LessonUrlFormat { get; init; } = "/belajar/{0}";

    /// <summary>URL prefix under which files of the course folder (pictures) are served.</summary>
    public string MediaBasePath { get; init; } = "/kursus";

    /// <summary>Read and render the files on every core (start-up time); false reads them one after another.</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>
    /// Start-up: read only what menus, routing and readiness need (front matter, practice tasks) and render each
    /// lesson's text and quiz on first use. False (<c>courses check</c>) renders and validates every file now.
    /// </summary>
    public bool RenderOnFirstUse { get; init; }
}
