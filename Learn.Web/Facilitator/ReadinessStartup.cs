using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Lessons;

namespace Learn.Web.Facilitator;

/// <summary>
/// Loads readiness.yml at start. A broken rule stops the app the same way a broken course tree does
/// (the file lives in the course folder), with every problem as file:line: message. It runs after the shop's
/// scenarios are loaded (hosted services start in order), so a milestone no scenario awards stops the start too.
/// </summary>
public sealed class ReadinessStartup(CourseCatalog courses, ReadinessRules rules, ScenarioCatalog scenarios) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = rules.Reload(courses.Current, ScenarioMilestones.Awardable(scenarios.All));
        return result.Problems.Count > 0 ? throw new InvalidCourseTreeException(result.Problems) : Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
