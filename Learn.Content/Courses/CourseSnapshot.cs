using System.Collections.Frozen;

namespace Learn.Content.Courses;

/// <summary>
/// An immutable course tree (each lesson rendered at load or once on first use). A reload builds a new snapshot and swaps it in one
/// step, so a request never sees half a course.
/// </summary>
public sealed class CourseSnapshot
{
    private readonly FrozenDictionary<string, Lesson> _lessons;

    public CourseSnapshot(string root, IReadOnlyList<Level> levels, DateTimeOffset loadedAt)
    {
        Root = root;
        Levels = levels;
        LoadedAt = loadedAt;
        _lessons = levels
            .SelectMany(l => l.Placement is null ? l.Lessons : l.Lessons.Append(l.Placement))
            .ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
    }

    public string Root { get; }

    public IReadOnlyList<Level> Levels { get; }

    public DateTimeOffset LoadedAt { get; }

    public IEnumerable<Lesson> AllLessons => Levels.SelectMany(l => l.Lessons);

    public Lesson? FindLesson(string id) => _lessons.GetValueOrDefault(id);

    public Level? FindLevel(int number) => Levels.FirstOrDefault(l => l.Number == number);

    public Level? FindLevel(string slug) => Levels.FirstOrDefault(l => l.Slug == slug);

    /// <summary>The kader's session guide for a level, or null when the level has none.</summary>
    public KaderGuide? FindKaderGuide(int levelNumber) => FindLevel(levelNumber)?.KaderGuide;

    public Level LevelOf(Lesson lesson) => Levels.First(l => l.Number == lesson.LevelNumber);
}
