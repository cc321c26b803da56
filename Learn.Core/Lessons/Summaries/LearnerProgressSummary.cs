namespace Learn.Core.Lessons.Summaries;

/// <summary>
/// One learner's level summaries rolled up into one row, rewritten with them in the same transaction, so the
/// dashboard reads one row per learner. The mastered levels are a bit mask counted against the lesson counts of
/// the course named by <see cref="MasteredFor"/>; a reader whose course differs counts them from the level rows.
/// </summary>
public sealed class LearnerProgressSummary
{
    private LearnerProgressSummary()
    {
        MasteredFor = "";
    }

    public LearnerProgressSummary(int accountId)
    {
        AccountId = accountId;
        MasteredFor = "";
    }

    public int AccountId { get; private set; }

    /// <summary>Bit <c>i</c> set: the <c>i</c>-th level of the course (by number) is mastered. See <see cref="CourseLevelBits"/>.</summary>
    public long MasteredLevels { get; private set; }

    /// <summary>The <see cref="CourseLevelBits.Key"/> of the course <see cref="MasteredLevels"/> was counted against.</summary>
    public string MasteredFor { get; private set; }

    /// <summary>The most failures in a row on a lesson not yet mastered, over all levels.</summary>
    public int FailuresInARow { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    internal void CopyFrom(LearnerProgressSummary other)
    {
        MasteredLevels = other.MasteredLevels;
        MasteredFor = other.MasteredFor;
        FailuresInARow = other.FailuresInARow;
        LastActivityAt = other.LastActivityAt;
    }

    /// <summary>The roll-up of one learner's level rows; null when they have none.</summary>
    internal static LearnerProgressSummary? Of(CourseLevelBits bits, int accountId, IReadOnlyCollection<LearnerLevelSummary> levels) =>
        levels.Count == 0
            ? null
            : new LearnerProgressSummary(accountId)
            {
                MasteredLevels = bits.MasteredMask(levels.Select(l => (l.LevelNumber, l.MasteredLessons))),
                MasteredFor = bits.Key,
                FailuresInARow = levels.Max(l => l.FailuresInARow),
                LastActivityAt = levels.Max(l => l.LastActivityAt),
            };
}
