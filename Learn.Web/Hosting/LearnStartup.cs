using Learn.Content.Courses;
using Learn.Web.Lessons;

namespace Learn.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: loads and validates the courses, checks that Redis answers
/// when configured, migrates the database and seeds the demo village when asked. A hosted service (not
/// code after Build()) so that test hosts run exactly the same start-up.
/// </summary>
public sealed class LearnStartup(IServiceProvider services, DatabaseSetup database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = services.GetRequiredService<CourseCatalog>().Reload();
        if (!result.IsValid)
        {
            throw new InvalidCourseTreeException(result.Problems);
        }

        if (services.GetService<RedisConnection>() is { } redis)
        {
            await redis.EnsureConnectedAsync();
        }

        await database.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
