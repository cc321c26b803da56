using Learn.Core.Facilitator.Readiness;
namespace Learn.Core.Facilitator;

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

/// <summary>One kader's load: active learners assigned (from any village) against their capacity.</summary>
public sealed record KaderLoadRow(int KaderId, string Kader, int VillageId, string Village, int Assigned, int Capacity, bool IsActive)
{
    public int LoadPercent => Percent.Of(Assigned, Capacity);
}

/// <summary>
/// A village's tutoring at a glance: its tutoring kader and their room, and how many of its learners
/// have no tutoring kader (never assigned, or their kader stopped tutoring).
/// </summary>
public sealed record VillageLoadRow(int VillageId, string Village, int ActiveKader, int Capacity, int Assigned, int Unassigned)
{
    public int LoadPercent => Percent.Of(Assigned, Capacity);
}

public static class Percent
{
    public static int Of(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(part * 100m / whole, MidpointRounding.AwayFromZero);
}
