namespace Learn.Core.Lessons;

public enum UnlockMethod
{
    /// <summary>A kader or facilitator opened the level early.</summary>
    Staff = 0,

    /// <summary>The learner passed the level's placement check, skipping it.</summary>
    Placement = 1,
}
