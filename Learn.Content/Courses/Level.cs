namespace Learn.Content.Courses;

public sealed record Level(
    int Number,
    string Slug,
    string Folder,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyDictionary<string, string> Summaries,
    IReadOnlyList<Lesson> Lessons,
    Lesson? Placement,
    KaderGuide? KaderGuide = null)
{
    public string Title(string language) =>
        Titles.TryGetValue(CourseLanguage.Normalize(language), out var t) ? t : Titles[CourseLanguage.Indonesian];

    public string Summary(string language) =>
        Summaries.TryGetValue(CourseLanguage.Normalize(language), out var s) ? s : Summaries[CourseLanguage.Indonesian];

    public int TotalMinutes => Lessons.Sum(l => l.Minutes);
}
