using Learn.Content.Courses;
using Learn.Core.Lessons.Summaries;
using Learn.Web.Hosting;

namespace Learn.Web.Lessons;

/// <summary>
/// <c>dotnet run --project Learn.Web -- summaries rebuild</c>: counts the dashboard's summaries again from
/// the progress and quiz rows (they are kept current with every write; rebuild after restoring a
/// backup, importing rows by hand or a course update that removed lessons).
/// </summary>
public static class SummariesCommand
{
    public static async Task<int?> TryRunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        if (args is not ["summaries", ..])
        {
            return null;
        }

        if (args is not ["summaries", "rebuild"])
        {
            output.WriteLine("usage: summaries rebuild");
            return 2;
        }

        var load = services.GetRequiredService<CourseCatalog>().Reload();
        if (!load.IsValid)
        {
            throw new InvalidCourseTreeException(load.Problems);
        }

        await services.GetRequiredService<DatabaseSetup>().RunAsync(CancellationToken.None);
        using var scope = services.CreateScope();
        var (levels, lessons, questions) = await scope.ServiceProvider.GetRequiredService<ProgressSummaries>().RebuildAsync();
        output.WriteLine($"Summaries rebuilt: {levels} learner-level rows, {lessons} village-lesson rows, {questions} village-question rows.");
        return 0;
    }
}
