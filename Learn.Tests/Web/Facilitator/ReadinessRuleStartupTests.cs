namespace Learn.Tests.Web.Facilitator;

/// <summary>The real program refusing a broken readiness rule; no database involved, so it runs once, not per provider.</summary>
public sealed class ReadinessRuleStartupTests
{
    [Fact]
    public async Task TheAppRefusesToStartOnABrokenReadinessRule()
    {
        var courses = TestPaths.NewTempFolder("courses");
        foreach (var file in Directory.GetFiles(TestPaths.GoodCourses, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(courses, Path.GetRelativePath(TestPaths.GoodCourses, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(courses, "readiness.yml"), "levels: [1, 9]\nmilestones:\n  - key: order-fulfilled\n    title: Pesanan\n");
        var data = TestPaths.NewTempFolder("broken-app");
        // The real program, as a server would run it: it must stop with the problems, as for a broken course tree.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Learn.Web.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = data,
            Environment =
            {
                ["Courses__Path"] = courses,
                ["Storage__DataFolder"] = data,
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var printed = await errors + await output;
        Assert.Contains("Learn cannot start: the course folder has problems.", printed);
        Assert.Contains("readiness.yml:1: level 9 does not exist (the course has levels 1, 2)", printed);
        Assert.Contains("readiness.yml:3: 'count' is required", printed);
    }
}
