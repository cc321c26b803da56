namespace Learn.Content.Courses;

/// <summary>A hands-on task in a lesson and how it is checked: self, kader or sandbox.</summary>
public sealed record PracticeTask(string Check, string? Scenario)
{
    public const string KaderCheck = "kader";

    public static IReadOnlySet<string> KnownChecks { get; } = new HashSet<string>(["self", "kader", "sandbox"]);
}
