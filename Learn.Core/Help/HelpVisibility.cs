namespace Learn.Core.Help;

/// <summary>What a request's own state says about whether someone sees it.</summary>
internal enum HelpVisibility
{
    No,
    Yes,

    /// <summary>Only if the person belongs to the request's village (a facilitator of it, or an active kader of it).</summary>
    IfVillageMember,
}
