namespace Learn.Core.Lessons;

/// <summary>One learner's standing on one lesson: attempts, failures and the first time it was mastered.</summary>
public sealed class LessonProgress
{
    private LessonProgress()
    {
        LessonId = string.Empty;
    }

    public LessonProgress(int accountId, string lessonId, int levelNumber)
    {
        AccountId = accountId;
        LessonId = lessonId;
        LevelNumber = levelNumber;
    }

    public long Id { get; private set; }

    public int AccountId { get; private set; }

    public string LessonId { get; private set; }

    public int LevelNumber { get; private set; }

    public int Attempts { get; private set; }

    public int FailedAttempts { get; private set; }

    /// <summary>Failures since the last pass; three in a row flags the learner as stuck.</summary>
    public int ConsecutiveFailures { get; private set; }

    public int BestCorrect { get; private set; }

    public DateTimeOffset? MasteredAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>Set when a kader recorded the mastery on the learner's behalf.</summary>
    public int? MasteredWithKaderId { get; private set; }

    public bool IsMastered => MasteredAt is not null;

    /// <summary>Records a graded attempt. The first mastery time stands; later passes do not move it.</summary>
    public void RecordAttempt(int correct, bool passed, DateTimeOffset at, int? assistedByKaderId = null)
    {
        Attempts++;
        LastActivityAt = at > LastActivityAt ? at : LastActivityAt;
        BestCorrect = Math.Max(BestCorrect, correct);
        if (passed)
        {
            ConsecutiveFailures = 0;
            if (MasteredAt is null || at < MasteredAt)
            {
                MasteredAt = at;
                MasteredWithKaderId = assistedByKaderId;
            }
        }
        else
        {
            FailedAttempts++;
            ConsecutiveFailures++;
        }
    }
}
