namespace Learn.Web.Lessons;

public sealed class LessonPageOptions
{
    public const string Section = "LessonPages";

    /// <summary>Serve anonymous lesson pages from one rendered, ready-compressed copy per lesson, language and course snapshot.</summary>
    public bool CacheAnonymous { get; set; } = true;
}
