using Learn.Core;
using Learn.Web.Accounts;
using Learn.Web.Errors;
using Learn.Web.Facilitator;
using Learn.Web.Help;
using Learn.Web.Hosting;
using Learn.Web.Lessons;
using Learn.Web.Localization;
using Learn.Web.Offline;
using Learn.Web.Shop;
using Microsoft.Extensions.Options;

if (CoursesCommand.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddLearnStorage();
builder.AddLearnScaleOut();
builder.AddLearnContent();
builder.AddLearnAuth();
builder.Services.AddLearnCore();
builder.Services.AddLearnLocalization();
builder.Services.AddLearnWeb();
builder.Services.AddLearnErrors();
builder.Services.AddLearnShop();
builder.AddLearnHelp();
builder.AddLearnOffline();
builder.Services.AddLearnFacilitator();

try
{
    var app = builder.Build();
    if (await SummariesCommand.TryRunAsync(args, app.Services, Console.Out) is { } summariesExit)
    {
        return summariesExit;
    }

    if (MigrateCommand.IsRequested(args))
    {
        return await MigrateCommand.RunAsync(app);
    }

    app.UseLearnPipeline();
    app.MapLearnEndpoints();
    app.MapLearnHelp();
    app.Lifetime.ApplicationStarted.Register(app.PrintUrls);
    await app.RunAsync();
    return 0;
}
catch (InvalidCourseTreeException e)
{
    Console.Error.WriteLine("Learn cannot start: the course folder has problems.");
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}
catch (LearnStartupException e)
{
    Console.Error.WriteLine($"Learn cannot start: {e.Message}");
    return 1;
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine("Learn cannot start: the configuration is invalid.");
    foreach (var failure in e.Failures)
    {
        Console.Error.WriteLine($"  {failure}");
    }

    return 1;
}

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
