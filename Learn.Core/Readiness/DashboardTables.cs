namespace Learn.Core.Readiness;

/// <summary>One step of the funnel: registered, each level mastered, ready, selling for real.</summary>
public sealed record FunnelStep(string Key, int? LevelNumber, int Learners, int Percent);

public sealed record LevelCount(int LevelNumber, int Learners);

public sealed record InclusionRow(int VillageId, string Village, int Learners, int Women, int Young, int Ready, int ReadyWomen)
{
    public int WomenPercent => Percent.Of(Women, Learners);

    public int YoungPercent => Percent.Of(Young, Learners);

    public int ReadyWomenPercent => Percent.Of(ReadyWomen, Ready);
}

public sealed record StuckRow(int Id, string Name, string Village, int CurrentLevel, DateTimeOffset? LastActivity,
    int ConsecutiveFailures, StuckReason Reason);

public sealed record DifficultQuestion(string LessonId, string QuestionId, int Wrong, int Attempts)
{
    public int WrongPercent => Percent.Of(Wrong, Attempts);
}

public static class Percent
{
    public static int Of(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);
}
