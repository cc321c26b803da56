namespace Learn.Core.Help;

public enum HelpStatus
{
    /// <summary>In the queue: nobody has taken it yet.</summary>
    Waiting = 0,

    /// <summary>A kader or facilitator is helping.</summary>
    Active = 1,

    Resolved = 2,
}
