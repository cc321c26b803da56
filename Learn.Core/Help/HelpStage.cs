namespace Learn.Core.Help;

/// <summary>How far a request has been escalated while nobody answered it.</summary>
public enum HelpStage
{
    /// <summary>Sent to the learner's own kader (the routing's first pick).</summary>
    FirstKader = 0,

    /// <summary>Open to every online kader of the village.</summary>
    VillageKader = 1,

    /// <summary>Open to the village's facilitators as well.</summary>
    Facilitator = 2,
}
