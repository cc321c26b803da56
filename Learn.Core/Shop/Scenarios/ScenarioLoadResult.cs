using Learn.Content.Courses;

namespace Learn.Core.Shop.Scenarios;

public sealed record ScenarioLoadResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<CourseProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
