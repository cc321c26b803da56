using System.Net;
using Learn.Tests.TestHost;

namespace Learn.Tests.Web.Hosting;

/// <summary>Runs alone: it watches the console, which is process-wide.</summary>
[CollectionDefinition(nameof(StartupTests), DisableParallelization = true)]
public sealed class StartupTestsRunAlone;

[Collection(nameof(StartupTests))]
public sealed class StartupTests
{
    // Start-up reads front matter and renders lessons on first use, so it stops on what it reads; a broken quiz is
    // found by `courses check`, or at start when lessons are rendered there (next test).
    [Fact]
    public void TheAppRefusesToStartOnABrokenCourseTreeAndSaysWhereTheProblemIs()
    {
        using var app = LearnTestHost.Sqlite.WithCourses(TreeWith("front-matter-invalid.md")).Build();

        var printed = StartFailurePrints(app);
        Assert.Contains("Learn cannot start: the course folder has problems.", printed);
        Assert.Contains("courses/01-dasar-ponsel/01-rusak.md:6: front matter invalid", printed);
    }

    [Fact]
    public void RenderingLessonsAtStartAlsoRefusesABrokenQuiz()
    {
        using var app = LearnTestHost.Sqlite.WithCourses(TreeWith("quiz-no-correct-answer.md")).With("Courses:RenderOnFirstUse", "false").Build();

        var printed = StartFailurePrints(app);
        Assert.Contains("Learn cannot start: the course folder has problems.", printed);
        Assert.Contains("courses/01-dasar-ponsel/01-rusak.md:14: quiz question has no correct answer", printed);
    }

    private static string TreeWith(string brokenSample)
    {
        var root = Path.Combine(TestPaths.NewTempFolder("broken"), "courses");
        Directory.CreateDirectory(Path.Combine(root, "01-dasar-ponsel"));
        File.Copy(Path.Combine(TestPaths.GoodCourses, "01-dasar-ponsel", "level.yml"), Path.Combine(root, "01-dasar-ponsel", "level.yml"));
        File.Copy(Path.Combine(TestPaths.Samples, "broken", brokenSample), Path.Combine(root, "01-dasar-ponsel", "01-rusak.md"));
        return root;
    }

    /// <summary>Starts the app, expects it to refuse, and returns what it printed to standard error.</summary>
    private static string StartFailurePrints(LearnApplication app)
    {
        var console = new StringWriter();
        var original = Console.Error;
        Console.SetError(console);
        try
        {
            Assert.ThrowsAny<Exception>(() => app.CreateClient());
        }
        finally
        {
            Console.SetError(original);
        }

        return console.ToString();
    }

    [Theory]
    [InlineData("Accounts:MaxFailedSignIns", "0", "MaxFailedSignIns")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider must be 'Sqlite'")]
    [InlineData("Proxy:TrustedProxies:0", "the-proxy", "Proxy:TrustedProxies has 'the-proxy'")]
    [InlineData("Roster:FirstPinKey", "c2hvcnQ=", "Roster:FirstPinKey must be base64")]
    public void WrongSettingsStopTheAppWithAMessageNamingThem(string key, string value, string expected)
    {
        using var app = LearnTestHost.Sqlite.With(key, value).Build();

        var printed = StartFailurePrints(app);

        Assert.Contains("Learn cannot start: the configuration is invalid.", printed);
        Assert.Contains(expected, printed);
    }

    [Fact]
    public void PostgreSqlWithoutAConnectionStringStopsTheAppWithAMessageNamingTheSetting()
    {
        using var app = LearnTestHost.Sqlite.With("Storage:Provider", "PostgreSQL").With("ConnectionStrings:Learn", "").Build();

        var printed = StartFailurePrints(app);

        Assert.Contains("Learn cannot start: the configuration is invalid.", printed);
        Assert.Contains("ConnectionStrings:Learn must be set to a PostgreSQL connection string", printed);
    }

    [Theory]
    [InlineData("Storage:Provider", "PostgreSQL", "ConnectionStrings:Learn", "Host=127.0.0.1;Port=1;Database=learn;Username=learn;Timeout=5",
        "Learn cannot start: ConnectionStrings:Learn: cannot open the PostgreSQL database 'learn' on 127.0.0.1:1")]
    [InlineData("Storage:Provider", "Sqlite", "ConnectionStrings:Redis", "127.0.0.1:1,connectTimeout=2000",
        "Learn cannot start: ConnectionStrings:Redis: cannot reach Redis at '127.0.0.1:1,connectTimeout=2000'")]
    public void AnUnreachableServerStopsTheAppWithAMessageNamingTheSetting(string providerKey, string provider, string key, string value, string expected)
    {
        using var app = LearnTestHost.Sqlite.With(providerKey, provider).With(key, value).Build();

        var printed = StartFailurePrints(app);

        Assert.Contains(expected, printed);
        Assert.DoesNotContain("   at ", printed);
    }

    [Fact]
    public async Task ProgressSurvivesARestartOfTheSameInstallation()
    {
        var folder = TestPaths.NewTempFolder("restart");
        string phone;
        using (var first = LearnTestHost.Sqlite.InFolder(folder).Build())
        {
            var village = await first.AddVillageAsync("Ulang");
            var learner = await first.AddAccountAsync(Learn.Core.Accounts.Role.Learner, village.Id);
            phone = learner.Phone;
            var client = first.CreateBrowserLikeClient();
            await client.SignInOkAsync(phone);
            await client.PostFormAsync("/belajar/aman", [new("q1", "b"), new("q2", "b")]);
        }

        using var second = LearnTestHost.Sqlite.InFolder(folder).Build();
        var again = second.CreateBrowserLikeClient();
        await again.SignInOkAsync(phone);
        var progress = await again.GetStringAsync("/api/v1/me/progress");

        Assert.Contains("\"lessonId\":\"aman\"", progress);
        Assert.Contains("\"mastered\":true", progress);
        Assert.True(File.Exists(Path.Combine(folder, "learn.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys")));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/health")).StatusCode);
    }
}
