using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Shop.Scenarios;
using Learn.Web.Lessons;

namespace Learn.Tests.Content;

/// <summary>
/// The readiness rule checked against the course tree and the scenarios, from sample files in
/// Content/Samples/readiness, each holding one mistake, and through <c>courses check</c>.
/// </summary>
public sealed class ReadinessCheckTests
{
    private static readonly CourseSnapshot Course = new CourseLoader().Load(TestPaths.GoodCourses, DateTimeOffset.UnixEpoch).Snapshot!;

    private static readonly IReadOnlyDictionary<string, int?> Awardable =
        ScenarioMilestones.Awardable(ScenarioLoader.Load(Path.Combine(TestPaths.GoodCourses, ScenarioLoader.FolderName), Course).Scenarios);

    private static string Sample(string name) => Path.Combine(TestPaths.Samples, "readiness", name);

    private static List<string> Problems(string sample) =>
        ReadinessRuleLoader.LoadFile(Sample(sample), Course, "readiness.yml", Awardable).Problems.Select(p => p.ToString()).ToList();

    [Theory]
    [InlineData("level-missing.yml", "readiness.yml:2: level 9 does not exist (the course has levels 1, 2)")]
    [InlineData("skill-without-kader-practice.yml",
        "readiness.yml:6: skill 'caption' cannot be signed off: the lesson has no practice with check=kader (lessons a kader signs off: kenali)")]
    [InlineData("skill-not-a-lesson.yml", "readiness.yml:4: skill 'foto-produk' is not a lesson of the course (lessons a kader signs off: kenali)")]
    [InlineData("milestone-never-awarded.yml",
        "readiness.yml:7: milestone 'live-stream-held' is never awarded: no shipped scenario earns it (the shop awards listing-meets-rules, order-fulfilled, positive-margin, scam-refused)")]
    [InlineData("count-unreachable.yml",
        "readiness.yml:5: count 3 for 'scam-refused' cannot be reached: playing every shipped scenario once earns at most 1")]
    public void EachSampleMistakeIsReportedWithItsFileAndLine(string sample, string expected)
    {
        Assert.Equal([expected], Problems(sample));
    }

    [Fact]
    public void TheSampleRuleIsValidAgainstTheSampleTreeAndItsScenarios()
    {
        var result = ReadinessRuleLoader.LoadFile(Path.Combine(TestPaths.GoodCourses, ReadinessRuleLoader.FileName), Course, null, Awardable);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void WithoutScenariosNoShopMilestoneButTheListingCanBeEarned()
    {
        var none = ScenarioMilestones.Awardable([]);

        Assert.Equal(["listing-meets-rules"], none.Keys);
        Assert.Null(none["listing-meets-rules"]);
    }

    [Fact]
    public void CoursesCheckFailsNamingFileAndLineOnARuleNoOneCanMeet()
    {
        var root = CopyOfGoodTree();
        File.Copy(Sample("skill-without-kader-practice.yml"), Path.Combine(root, ReadinessRuleLoader.FileName), overwrite: true);
        var output = new StringWriter();

        Assert.True(CoursesCommand.TryRun(["courses", "check", root], output, out var exitCode));

        Assert.Equal(1, exitCode);
        Assert.Contains("readiness.yml:6: skill 'caption' cannot be signed off", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CoursesCheckPassesOnTheShippedCoursesIncludingTheirReadinessRule()
    {
        var output = new StringWriter();

        Assert.True(CoursesCommand.TryRun(["courses", "check", TestPaths.RealCourses], output, out var exitCode));

        Assert.True(exitCode == 0, output.ToString());
        Assert.Contains(": OK,", output.ToString(), StringComparison.Ordinal);
    }

    private static string CopyOfGoodTree()
    {
        var root = Path.Combine(TestPaths.NewTempFolder("readiness-check"), "courses");
        Copy(TestPaths.GoodCourses, root);
        return root;

        static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (var dir in Directory.GetDirectories(from))
            {
                Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
            }
        }
    }
}
