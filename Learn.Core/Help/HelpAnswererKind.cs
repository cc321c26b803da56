namespace Learn.Core.Help;

public enum HelpAnswererKind
{
    /// <summary>The learner's own assigned kader.</summary>
    OwnKader,

    /// <summary>The learner has no kader; one kader of the village was picked first.</summary>
    VillageKader,

    /// <summary>The learner has no kader; any kader of the village who is online.</summary>
    VillageKaders,

    /// <summary>The village has no active kader, or nobody answered in time: the facilitator.</summary>
    Facilitator,
}
