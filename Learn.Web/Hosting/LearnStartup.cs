using Learn.Content.Courses;
using Learn.Web.Lessons;
using Microsoft.Extensions.Options;

namespace Learn.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: loads and validates the courses, migrates the
/// database and seeds the demo village when asked. A hosted service (not code after Build())
/// so that test hosts run exactly the same start-up.
/// </summary>
public sealed class LearnStartup(IServiceProvider services, IOptions<SeedOptions> seed) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = services.GetRequiredService<CourseCatalog>().Reload();
        if (!result.IsValid)
        {
            throw new InvalidCourseTreeException(result.Problems);
        }

        await services.MigrateLearnDatabaseAsync();
        if (seed.Value.DemoVillage)
        {
            await SeedDemoVillageAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedDemoVillageAsync(CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoVillageSeeder>().SeedIfEmptyAsync(ct);
        if (logins is null)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"Demo village Sidomulyo (Ngemplak, Boyolali) created. Demo logins (phone number; PIN {DemoVillageSeeder.DemoPin} for all):");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Role,-12} {login.Name,-22} {login.Phone}");
        }

        Console.WriteLine();
    }
}
