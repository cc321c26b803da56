using Learn.Core;
using Learn.Web.Infrastructure;
using Learn.Web.Localization;

if (CoursesCommand.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddLearnStorage();
builder.AddLearnContent();
builder.AddLearnAuth();
builder.Services.AddLearnCore();
builder.Services.AddLearnLocalization();
builder.Services.AddLearnWeb();

var app = builder.Build();

var problems = app.Services.LoadCourses();
if (problems.Count > 0)
{
    Console.Error.WriteLine("Learn cannot start: the course folder has problems.");
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

await app.Services.MigrateLearnDatabaseAsync();
await app.SeedDemoVillageAsync();

app.UseLearnPipeline();
app.MapLearnEndpoints();
app.Lifetime.ApplicationStarted.Register(() => app.PrintUrls());

await app.RunAsync();
return 0;

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
