namespace Learn.Core.Lessons.Summaries;

/// <summary>
/// One learner's standing in one level, rewritten with every attempt the recorder stores, so the
/// dashboard reads one row per learner and level instead of every progress row.
/// </summary>
public sealed class LearnerLevelSummary
{
    private LearnerLevelSummary()
    {
    }

    public LearnerLevelSummary(int accountId, int levelNumber)
    {
        AccountId = accountId;
        LevelNumber = levelNumber;
    }

    public int AccountId { get; private set; }

    public int LevelNumber { get; private set; }

    /// <summary>Lessons of this level (in the current course) mastered.</summary>
    public int MasteredLessons { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The most failures in a row on a lesson of this level not yet mastered.</summary>
    public int FailuresInARow { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    internal void CopyFrom(LearnerLevelSummary other)
    {
        MasteredLessons = other.MasteredLessons;
        Attempts = other.Attempts;
        FailuresInARow = other.FailuresInARow;
        LastActivityAt = other.LastActivityAt;
    }

    internal static LearnerLevelSummary Of(int accountId, int levelNumber, int mastered, int attempts, int failuresInARow,
        DateTimeOffset last) =>
        new(accountId, levelNumber)
        {
            MasteredLessons = mastered,
            Attempts = attempts,
            FailuresInARow = failuresInARow,
            LastActivityAt = last,
        };
}
