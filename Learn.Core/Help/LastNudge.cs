namespace Learn.Core.Help;

/// <summary>The latest reminder a learner got: by whom and when.</summary>
public sealed record LastNudge(int ById, string ByName, DateTimeOffset At);
