using Learn.Content.Courses;

namespace Learn.Core.Lessons;

/// <summary>
/// The unlock rule: level 1 is always open; a level opens when every lesson of the level before
/// it is mastered (or that level was skipped by placement), or when staff opened it early.
/// </summary>
public static class JourneyRules
{
    public static Journey Build(CourseSnapshot course, IEnumerable<LessonProgress> progressRows, IEnumerable<LevelUnlock> unlocks)
    {
        var progress = progressRows.ToDictionary(p => p.LessonId, StringComparer.Ordinal);
        var unlockList = unlocks.ToList();
        var standings = new List<LevelStanding>();
        var previousDone = true;
        foreach (var level in course.Levels.OrderBy(l => l.Number))
        {
            var mastered = level.Lessons.Count(l => progress.TryGetValue(l.Id, out var p) && p.IsMastered);
            var early = unlockList.Where(u => u.LevelNumber == level.Number && u.Method == UnlockMethod.Staff).MinBy(u => u.At);
            var placement = unlockList.Where(u => u.LevelNumber == level.Number && u.Method == UnlockMethod.Placement).MinBy(u => u.At);
            var unlocked = previousDone || early is not null || placement is not null;
            var isMastered = mastered == level.Lessons.Count || placement is not null;
            standings.Add(new LevelStanding(level, mastered, unlocked, isMastered, previousDone ? null : early, placement));
            previousDone = isMastered;
        }

        var continueWith = ContinueWith(standings, progress);
        return new Journey(standings, progress, continueWith);
    }

    /// <summary>The lesson touched most recently if not mastered, else the first unmastered lesson of an open level.</summary>
    private static Lesson? ContinueWith(List<LevelStanding> standings, Dictionary<string, LessonProgress> progress)
    {
        var open = standings.Where(s => s.IsUnlocked).SelectMany(s => s.Level.Lessons).ToList();
        var recent = progress.Values.Where(p => !p.IsMastered).OrderByDescending(p => p.LastActivityAt).FirstOrDefault();
        if (recent is not null && open.FirstOrDefault(l => l.Id == recent.LessonId) is { } inProgress)
        {
            return inProgress;
        }

        return open.FirstOrDefault(l => !(progress.TryGetValue(l.Id, out var p) && p.IsMastered));
    }
}
