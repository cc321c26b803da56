namespace Learn.Core.Help;

/// <summary>What a help message carries besides its text. Stored as a number; new kinds go at the end.</summary>
public enum HelpMessageKind
{
    Text = 0,
    Voice = 1,
    Photo = 2,
}
