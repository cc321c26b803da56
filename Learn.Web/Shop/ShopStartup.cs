using Learn.Content.Courses;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Lessons;
using Microsoft.Extensions.Options;

namespace Learn.Web.Shop;

/// <summary>
/// Loads the scenario files after the courses (hosted services start in order) and refuses to start
/// when a scenario or a lesson's <c>scenario=</c> reference is wrong, listing file:line problems.
/// </summary>
public sealed class ShopStartup(CourseCatalog courses, ScenarioCatalog scenarios, IOptions<ShopOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = scenarios.Reload(ScenarioFolder(options.Value, courses.Root), courses.Current);
        return result.IsValid ? Task.CompletedTask : throw new InvalidCourseTreeException(result.Problems);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string ScenarioFolder(ShopOptions options, string courseRoot) =>
        string.IsNullOrWhiteSpace(options.ScenariosPath) ? Path.Combine(courseRoot, ScenarioLoader.FolderName) : options.ScenariosPath;
}
