using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Web.Lessons;

namespace Learn.Web.Facilitator;

/// <summary>
/// Loads readiness.yml at start. A broken rule stops the app the same way a broken course tree does
/// (the file lives in the course folder), with every problem as file:line: message.
/// </summary>
public sealed class ReadinessStartup(CourseCatalog courses, ReadinessRules rules) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = rules.Reload(courses.Current);
        return result.Problems.Count > 0 ? throw new InvalidCourseTreeException(result.Problems) : Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
