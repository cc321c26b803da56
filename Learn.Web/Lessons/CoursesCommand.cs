using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Shop;

namespace Learn.Web.Lessons;

/// <summary><c>dotnet run --project Learn.Web -- courses check [DIR]</c>: validates a course tree without starting the app.</summary>
public static class CoursesCommand
{
    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args is not ["courses", ..])
        {
            return false;
        }

        if (args is not ["courses", "check"] and not ["courses", "check", _])
        {
            output.WriteLine("usage: courses check [DIR]");
            exitCode = 2;
            return true;
        }

        var root = args.Length == 3 ? Path.GetFullPath(args[2]) : CoursePaths.Resolve(null, Directory.GetCurrentDirectory());
        var result = new CourseLoader().Load(root, DateTimeOffset.UtcNow);
        if (result.IsValid && ShopExtensions.CheckScenarios(result.Snapshot!) is var scenarios)
        {
            var problems = scenarios.Problems.ToList();
            var rulePath = Path.Combine(root, ReadinessRuleLoader.FileName);
            if (scenarios.IsValid && File.Exists(rulePath))
            {
                problems.AddRange(ReadinessRuleLoader.LoadFile(rulePath, result.Snapshot, ReadinessRuleLoader.FileName,
                    ScenarioMilestones.Awardable(scenarios.Scenarios)).Problems);
            }

            result = result with { Problems = problems };
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine(problem);
        }

        if (result.IsValid)
        {
            var lessons = result.Snapshot!.AllLessons.ToList();
            output.WriteLine($"{root}: OK, {result.Snapshot.Levels.Count} levels, {lessons.Count} lessons, " +
                $"{lessons.Count(l => l.HasTranslation(CourseLanguage.English))} with an English translation, " +
                $"{result.Snapshot.Levels.Count(l => l.KaderGuide is not null)} kader guides");
        }
        else
        {
            output.WriteLine($"{root}: {result.Problems.Count} problem(s)");
            exitCode = 1;
        }

        return true;
    }
}
