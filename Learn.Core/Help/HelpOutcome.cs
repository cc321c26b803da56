namespace Learn.Core.Help;

/// <summary>What the helper says happened when closing a request.</summary>
public enum HelpOutcome
{
    Solved = 0,

    /// <summary>Needs a face-to-face meeting.</summary>
    MeetInPerson = 1,

    NotSolved = 2,
}
