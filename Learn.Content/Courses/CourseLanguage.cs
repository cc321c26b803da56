namespace Learn.Content.Courses;

/// <summary>The languages lessons are written in; Indonesian is the original and the fallback.</summary>
public static class CourseLanguage
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Indonesian, English];

    public static string Normalize(string? language) =>
        string.Equals(language, English, StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
}
