using Learn.Content.Courses;
using Learn.Core.Shop.Scenarios;

namespace Learn.Tests.Core.Shop;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void TheShippedScenariosAreValidAndAtLeastSixAreLinkedFromLessons()
    {
        var result = ShopFixture.Shipped.Value;
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var courses = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;
        var linked = courses.AllLessons.SelectMany(l => l.Practices).Select(p => p.Scenario).OfType<string>().ToHashSet();
        Assert.True(linked.Count >= 6, string.Join(", ", linked));
        Assert.All(linked, id => Assert.Contains(result.Scenarios, s => s.Id == id));
        Assert.Contains("first-order", linked);
        Assert.Contains("lebaran-week", linked);
    }

    [Fact]
    public void AnUnknownFieldIsReportedWithItsLine()
    {
        var problems = new List<CourseProblem>();
        Assert.Null(ScenarioLoader.Read("id: x\ntitle: X\nsumary: typo\n", "sandbox/x.yml", "x", null, problems));
        var problem = Assert.Single(problems);
        Assert.Equal("sandbox/x.yml", problem.File);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void WrongValuesAreReportedWithFileAndLine()
    {
        const string yaml = """
            id: broken
            title: Rusak
            summary: Contoh
            lesson: tidak-ada
            days: 2
            buyers:
              - name: Bu A
                day: 5
                payment: cek
              - name: Bu B
                twist: fake-receipt
                payment: cod
            """;
        var courses = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;
        var problems = new List<CourseProblem>();
        Assert.Null(ScenarioLoader.Read(yaml, "sandbox/broken.yml", "broken", courses, problems));
        var text = problems.Select(p => p.ToString()).ToList();
        Assert.Contains("sandbox/broken.yml:4: unknown lesson 'tidak-ada'", text);
        Assert.Contains(text, t => t.StartsWith("sandbox/broken.yml:8: buyer 'Bu A': 'day'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("sandbox/broken.yml:9: buyer 'Bu A': unknown payment 'cek'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("sandbox/broken.yml:11: buyer 'Bu B': twist 'fake-receipt' needs payment: transfer", StringComparison.Ordinal));
    }

    [Fact]
    public void ALessonThatNamesAMissingScenarioIsReported()
    {
        var root = TestPaths.NewTempFolder("courses");
        CopyTree(TestPaths.GoodCourses, root);
        var lesson = Path.Combine(root, "01-dasar-ponsel", "02-aman.md");
        File.WriteAllText(lesson, File.ReadAllText(lesson) + "\n:::practice check=sandbox scenario=belum-ada\nLatihan.\n:::\n");
        var courses = new CourseLoader().Load(root, DateTimeOffset.UnixEpoch);
        Assert.True(courses.IsValid, string.Join(Environment.NewLine, courses.Problems));
        var result = ScenarioLoader.Load(Path.Combine(root, ScenarioLoader.FolderName), courses.Snapshot);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("01-dasar-ponsel/02-aman.md", problem.File, StringComparison.Ordinal);
        Assert.Contains("unknown scenario 'belum-ada'", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
