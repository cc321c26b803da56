namespace Learn.Core.Offline;

public enum SyncStatus
{
    /// <summary>Graded and recorded now.</summary>
    Ok = 0,

    /// <summary>Recorded before (same id): nothing changed.</summary>
    Duplicate = 1,

    /// <summary>The lesson is no longer in the course; the answer cannot be graded.</summary>
    UnknownLesson = 2,

    /// <summary>A field is missing or names questions or options the quiz lacks.</summary>
    Malformed = 3,

    /// <summary>The lesson's level is not open for this learner.</summary>
    LevelLocked = 4,
}
