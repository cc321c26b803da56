using Learn.Content.Courses;

namespace Learn.Core.Lessons;

/// <summary>A learner's whole path through the levels, computed from their progress rows.</summary>
public sealed record Journey(IReadOnlyList<LevelStanding> Levels, IReadOnlyDictionary<string, LessonProgress> Progress,
    Lesson? ContinueWith)
{
    public LevelStanding? For(int levelNumber) => Levels.FirstOrDefault(l => l.Level.Number == levelNumber);

    public bool IsMastered(string lessonId) => Progress.TryGetValue(lessonId, out var p) && p.IsMastered;

    public bool CanOpen(Lesson lesson) => For(lesson.LevelNumber)?.IsUnlocked ?? false;

    /// <summary>The current level: the lowest open level not yet mastered, else the highest.</summary>
    public int CurrentLevel =>
        Levels.FirstOrDefault(l => l.IsUnlocked && !l.IsMastered)?.Level.Number
        ?? Levels.LastOrDefault(l => l.IsUnlocked)?.Level.Number
        ?? 1;
}
