namespace Learn.Web.Lessons;

public sealed class CourseOptions
{
    public const string Section = "Courses";

    /// <summary>The course folder; empty means the nearest "courses" folder at or above the content root.</summary>
    public string Path { get; set; } = string.Empty;
}
