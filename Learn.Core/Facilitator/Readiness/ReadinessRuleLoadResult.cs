using Learn.Content.Courses;

namespace Learn.Core.Facilitator.Readiness;

/// <summary>A rule, or every problem found in the file (file:line: message).</summary>
public sealed record ReadinessRuleLoadResult(ReadinessRule? Rule, IReadOnlyList<CourseProblem> Problems)
{
    public bool IsValid => Rule is not null && Problems.Count == 0;
}
