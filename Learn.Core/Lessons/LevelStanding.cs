using Learn.Content.Courses;

namespace Learn.Core.Lessons;

/// <summary>How far a learner is in one level, and whether it is open to them.</summary>
public sealed record LevelStanding(
    Level Level,
    int MasteredLessons,
    bool IsUnlocked,
    bool IsMastered,
    LevelUnlock? EarlyUnlock,
    LevelUnlock? SkippedByPlacement)
{
    public int TotalLessons => Level.Lessons.Count;

    public int Percent => TotalLessons == 0 ? 0 : MasteredLessons * 100 / TotalLessons;
}
