using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Core.Facilitator.Readiness;

public sealed class ReadinessRuleTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly CourseSnapshot Course = LoadCourse();

    private const string Rule = """
        levels: [1, 2]
        milestones:
          - key: order-fulfilled
            count: 5
            title: Memenuhi 5 pesanan
            title_en: Fulfil 5 orders
          - key: scam-refused
            count: 1
            title: Menolak penipuan
        sign_offs:
          - skill: kenali
            title: Memotret produk
        """;

    private static CourseSnapshot LoadCourse()
    {
        var catalog = new CourseCatalog(new CourseLoader(), TestPaths.GoodCourses, new FakeTimeProvider());
        catalog.Reload();
        return catalog.Current;
    }

    private static ReadinessRule Load(string yaml)
    {
        var result = ReadinessRuleLoader.Load(yaml, "courses/readiness.yml", Course);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Rule!;
    }

    private static LearnerEvidence Evidence(int orders, bool scam, bool signedOff, params int[] levels) => new(
        levels.ToDictionary(l => l, l => new EvidenceLine(Day.AddDays(l), "5/5", null, "kenali")),
        Enumerable.Range(0, orders).Select(i => new Milestone(7, "order-fulfilled", Day.AddDays(10 + i), $"scenario first-order, run {i + 1}"))
            .Concat(scam ? [new Milestone(7, "scam-refused", Day.AddDays(20), "scenario fake-transfer, run 3")] : [])
            .ToList(),
        signedOff ? [(new SkillSignOff(7, "kenali", 3, Day.AddDays(25), "Foto terang, latar polos"), "Dimas Aditya")] : []);

    [Fact]
    public void ALearnerWithEveryItemIsReadyAndTheChecklistCarriesTheEvidence()
    {
        var checklist = ReadinessEvaluator.Evaluate(Load(Rule), Evidence(orders: 6, scam: true, signedOff: true, 1, 2));

        Assert.True(checklist.IsReady);
        Assert.Empty(checklist.Missing);
        var orders = checklist.Items.Single(i => i.Id == "order-fulfilled");
        Assert.Equal((5, 6), (orders.Required, orders.Have));
        Assert.Equal("scenario first-order, run 1", orders.Evidence[0].Detail);
        var signOff = checklist.Items.Single(i => i.Kind == ChecklistItemKind.SignOff);
        Assert.Equal("Dimas Aditya", signOff.Evidence.Single().By);
        Assert.Equal(Day.AddDays(25), checklist.ReadySince);
    }

    [Fact]
    public void AnUnmetRuleNamesEveryMissingItem()
    {
        var checklist = ReadinessEvaluator.Evaluate(Load(Rule), Evidence(orders: 3, scam: false, signedOff: false, 1));

        Assert.False(checklist.IsReady);
        Assert.Null(checklist.ReadySince);
        Assert.Equal(["2", "order-fulfilled", "scam-refused", "kenali"], checklist.Missing.Select(i => i.Id));
        Assert.Equal(3, checklist.Missing.Single(i => i.Id == "order-fulfilled").Have);
        Assert.Equal("Fulfil 5 orders", checklist.Missing.Single(i => i.Id == "order-fulfilled").Title!.In("en"));
        Assert.Equal("Menolak penipuan", checklist.Missing.Single(i => i.Id == "scam-refused").Title!.In("en"));
    }

    [Fact]
    public void ChangingTheFileChangesTheRule()
    {
        var evidence = Evidence(orders: 3, scam: true, signedOff: true, 1, 2);
        Assert.False(ReadinessEvaluator.Evaluate(Load(Rule), evidence).IsReady);

        var folder = TestPaths.NewTempFolder("readiness");
        var path = Path.Combine(folder, ReadinessRuleLoader.FileName);
        File.WriteAllText(path, Rule);
        var rules = new ReadinessRules(path);
        rules.Reload(Course);
        Assert.False(ReadinessEvaluator.Evaluate(rules.Current!, evidence).IsReady);

        File.WriteAllText(path, Rule.Replace("count: 5", "count: 3", StringComparison.Ordinal));
        Assert.True(rules.Reload(Course).IsValid);
        Assert.True(ReadinessEvaluator.Evaluate(rules.Current!, evidence).IsReady);
    }

    [Fact]
    public void ABrokenFileIsRejectedWithTheLineOfEveryProblemAndTheOldRuleStays()
    {
        const string broken = """
            levels: [1, 7]
            milestones:
              - key: order-fulfilled
                title: Memenuhi pesanan
              - key: Scam Refused
                count: 1
                title: Menolak penipuan
              - key: positive-margin
                count: lots
                title: Untung
            sign_offs:
              - skill: kenali
                titel: Memotret produk
            color: green
            """;

        var result = ReadinessRuleLoader.Load(broken, "courses/readiness.yml", Course);

        Assert.False(result.IsValid);
        var lines = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("courses/readiness.yml:1: level 7 does not exist (the course has levels 1, 2)", lines);
        Assert.Contains(lines, l => l.StartsWith("courses/readiness.yml:3: 'count' is required", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("courses/readiness.yml:5: 'Scam Refused' is not a valid key", StringComparison.Ordinal));
        Assert.Contains("courses/readiness.yml:9: count must be a whole number from 1 to 1000, not 'lots'", lines);
        Assert.Contains(lines, l => l.StartsWith("courses/readiness.yml:13: unknown field 'titel'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("courses/readiness.yml:14: unknown field 'color'", StringComparison.Ordinal));

        var folder = TestPaths.NewTempFolder("readiness");
        var path = Path.Combine(folder, ReadinessRuleLoader.FileName);
        File.WriteAllText(path, Rule);
        var rules = new ReadinessRules(path);
        rules.Reload(Course);
        File.WriteAllText(path, broken);
        Assert.False(rules.Reload(Course).IsValid);
        Assert.Equal(5, rules.Current!.Milestones[0].Count);
    }

    [Theory]
    [InlineData("levels: [1\nmilestones: x", 2, "not valid YAML")]
    [InlineData("- 1\n- 2", 1, "expected fields levels, milestones and sign_offs")]
    [InlineData("levels: []\n", 1, "the rule asks for nothing")]
    [InlineData("levels: [1, 1]\n", 1, "level 1 is listed twice")]
    [InlineData("milestones:\n  - key: a\n    count: 1\n    title: A\n  - key: a\n    count: 2\n    title: B\n", 5, "milestone 'a' is listed twice")]
    public void MalformedRulesSayWhatAndWhere(string yaml, int line, string message)
    {
        var problem = Assert.Single(ReadinessRuleLoader.Load(yaml, "readiness.yml", Course).Problems);

        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedRuleFileIsValidForTheShippedCourse()
    {
        var catalog = new CourseCatalog(new CourseLoader(), TestPaths.RealCourses, new FakeTimeProvider());
        Assert.True(catalog.Reload().IsValid);

        var result = ReadinessRuleLoader.LoadFile(Path.Combine(TestPaths.RealCourses, ReadinessRuleLoader.FileName), catalog.Current);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Rule!.Milestones.Single(m => m.Key == "order-fulfilled").Count);
        Assert.All(result.Rule.SignOffs, s => Assert.NotNull(catalog.Current.FindLesson(s.SkillId)));
    }
}
