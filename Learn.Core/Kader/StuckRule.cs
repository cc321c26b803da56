using Learn.Core.Lessons;

namespace Learn.Core.Kader;

/// <summary>A learner is stuck when nothing moved for a week, or a quiz has failed three times in a row.</summary>
public static class StuckRule
{
    public static readonly TimeSpan Quiet = TimeSpan.FromDays(7);
    public const int FailuresInARow = 3;

    public static bool IsStuck(IEnumerable<LessonProgress> progress, DateTimeOffset registeredAt, DateTimeOffset now)
    {
        var rows = progress.ToList();
        var last = rows.Count == 0 ? registeredAt : rows.Max(p => p.LastActivityAt);
        return now - last >= Quiet || rows.Any(p => !p.IsMastered && p.ConsecutiveFailures >= FailuresInARow);
    }
}
