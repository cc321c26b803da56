using Learn.Content.Courses;

namespace Learn.Tests.Content;

/// <summary>The checker, driven by sample .md files: a good tree, and one broken file at a time dropped into it.</summary>
public sealed class CourseCheckerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    private static CourseLoadResult Load(string root) => new CourseLoader().Load(root, Now);

    /// <summary>Copies the good sample tree and puts <paramref name="sample"/> into level 1 as <paramref name="asName"/>.</summary>
    internal static string TreeWith(string sample, string asName = "03-rusak.md")
    {
        var root = Path.Combine(TestPaths.NewTempFolder("courses"), "courses");
        CopyDirectory(TestPaths.GoodCourses, root);
        File.Copy(Path.Combine(TestPaths.Samples, "broken", sample), Path.Combine(root, "01-dasar-ponsel", asName), overwrite: true);
        return root;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    [Fact]
    public void TheGoodSampleTreeLoadsWithoutProblems()
    {
        var result = Load(TestPaths.GoodCourses);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        var snapshot = result.Snapshot!;
        Assert.Equal([1, 2], snapshot.Levels.Select(l => l.Number));
        Assert.Equal(["kenali", "aman"], snapshot.Levels[0].Lessons.Select(l => l.Id));
        var kenali = snapshot.FindLesson("kenali")!;
        Assert.Equal(2, kenali.QuestionCount);
        Assert.True(kenali.Indonesian.Quiz.Questions[1].IsMultipleChoice);
        Assert.Equal("Knowing Your Phone", kenali.In("en").Title);
        Assert.Equal("Aman dari Penipuan", snapshot.FindLesson("aman")!.In("en").Title); // no twin: falls back
        Assert.Equal(1, snapshot.FindLesson("aman")!.RequiredCorrect);
        Assert.Equal([new PracticeTask("kader", null)], kenali.Practices);
    }

    [Fact]
    public void RenderedLessonRewritesLinksAndImagesAndKeepsTheAnswerKeyOutOfTheHtml()
    {
        var kenali = Load(TestPaths.GoodCourses).Snapshot!.FindLesson("kenali")!.Indonesian;

        Assert.Contains("href=\"/belajar/aman#otp\"", kenali.Html);
        Assert.Matches("src=\"/kursus/01-dasar-ponsel/images/ponsel.svg\\?v=[0-9a-f]{10}\"", kenali.Html);
        Assert.Contains("loading=\"lazy\"", kenali.Html);
        Assert.Contains("width=\"200\" height=\"120\"", kenali.Html);
        Assert.Contains("class=\"callout callout-tip\"", kenali.Html);
        Assert.Contains("data-check=\"kader\"", kenali.Html);
        Assert.Contains(LessonVersion.QuizMarker, kenali.Html);
        Assert.DoesNotContain("Tombol volume mengatur suara", kenali.Html);
        Assert.DoesNotContain("[x]", kenali.Html);
    }

    [Fact]
    public void RawHtmlInALessonIsNotPassedThrough()
    {
        var root = TreeWith("../good/01-dasar-ponsel/01-kenali.md", "01-kenali.md");
        File.AppendAllText(Path.Combine(root, "01-dasar-ponsel", "01-kenali.md"), "\n<script>alert(1)</script>\n");

        var html = Load(root).Snapshot!.FindLesson("kenali")!.Indonesian.Html;

        Assert.DoesNotContain("<script>", html);
    }

    [Theory]
    [InlineData("front-matter-not-closed.md", 1, "front matter not closed")]
    [InlineData("front-matter-invalid.md", 6, "front matter invalid")]
    [InlineData("front-matter-unknown-field.md", 7, "front matter invalid")]
    [InlineData("duplicate-id.md", 2, "duplicate lesson id 'kenali'")]
    [InlineData("unknown-prerequisite.md", 9, "unknown prerequisite 'tidak-ada'")]
    [InlineData("missing-image.md", 13, "missing image 'images/hilang.svg'")]
    [InlineData("broken-link.md", 11, "broken link '99-tidak-ada.md'")]
    [InlineData("quiz-no-correct-answer.md", 14, "no correct answer")]
    [InlineData("option-without-feedback.md", 15, "quiz option has no feedback")]
    [InlineData("empty-lesson.md", 10, "lesson is empty")]
    [InlineData("unknown-block.md", 11, "unknown block ':::catatan'")]
    [InlineData("unclosed-quiz.md", 11, "block ':::quiz' is never closed")]
    [InlineData("no-quiz.md", 10, "lesson has no quiz")]
    public void EachBrokenSampleIsReportedWithItsFileAndLine(string sample, int line, string message)
    {
        var result = Load(TreeWith(sample));

        Assert.False(result.IsValid);
        Assert.Null(result.Snapshot);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.EndsWith("01-dasar-ponsel/03-rusak.md", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Matches(@"^courses/01-dasar-ponsel/03-rusak\.md:\d+: ", problem.ToString());
    }

    [Fact]
    public void ATranslationWhoseQuizKeyDiffersFromTheOriginalIsRejected()
    {
        var result = Load(TreeWith("twin-quiz-differs.en.md", "01-kenali.en.md"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("courses/01-dasar-ponsel/01-kenali.en.md", problem.File);
        Assert.Contains("translation quiz differs", problem.Message);
    }

    [Fact]
    public void TheKaderGuideIsTheLevelsGuideAndNotALesson()
    {
        var snapshot = Load(TestPaths.GoodCourses).Snapshot!;

        var level = snapshot.Levels[0];
        var guide = level.KaderGuide!;
        Assert.Same(guide, snapshot.FindKaderGuide(1));
        Assert.Equal(1, guide.LevelNumber);
        Assert.Equal("Panduan Kader Level 1", guide.In("id").Title);
        Assert.Equal("Kader Guide for Level 1", guide.In("en").Title);
        Assert.Contains("href=\"/belajar/kenali\"", guide.In("en").Html);
        Assert.Contains("class=\"callout callout-tip\"", guide.Indonesian.Html);
        Assert.EndsWith("01-dasar-ponsel/panduan-kader.md", guide.Indonesian.SourceFile);
        Assert.Equal(["kenali", "aman"], level.Lessons.Select(l => l.Id));
        Assert.Equal(10, level.TotalMinutes); // lessons only: the guide adds no learner time
        Assert.Null(snapshot.FindLesson("panduan-kader"));
        Assert.Null(snapshot.FindKaderGuide(2));
    }

    [Fact]
    public void AKaderGuideWithoutATranslationFallsBackToIndonesian()
    {
        var root = TreeWith("../good/01-dasar-ponsel/01-kenali.md", "01-kenali.md");
        File.Delete(Path.Combine(root, "01-dasar-ponsel", "panduan-kader.en.md"));

        var guide = Load(root).Snapshot!.FindKaderGuide(1)!;

        Assert.False(guide.HasTranslation("en"));
        Assert.Equal("Panduan Kader Level 1", guide.In("en").Title);
    }

    [Theory]
    [InlineData(3, "level is 2 but the file is in the folder of level 1")]
    [InlineData(8, "broken link '09-tidak-ada.md'")]
    [InlineData(10, "a kader guide cannot have a quiz")]
    [InlineData(18, "a kader guide cannot have a practice task")]
    public void EachProblemInABrokenKaderGuideIsReportedWithItsFileAndLine(int line, string message)
    {
        var result = Load(TreeWith("kader-guide-broken.md", "panduan-kader.md"));

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal($"courses/01-dasar-ponsel/panduan-kader.md:{line}: {problem.Message}", problem.ToString());
    }

    [Fact]
    public void AKaderGuideWithALessonsFrontMatterIsRejected()
    {
        var result = Load(TreeWith("kader-guide-lesson-field.md", "panduan-kader.md"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("courses/01-dasar-ponsel/panduan-kader.md", problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("front matter invalid", problem.Message);
    }

    [Fact]
    public void AnEnglishKaderGuideWithoutTheIndonesianOneIsRejected()
    {
        var root = TreeWith("../good/01-dasar-ponsel/01-kenali.md", "01-kenali.md");
        File.Delete(Path.Combine(root, "01-dasar-ponsel", "panduan-kader.md"));

        var problem = Assert.Single(Load(root).Problems);

        Assert.Equal("courses/01-dasar-ponsel/panduan-kader.en.md:1: translation has no Indonesian original (panduan-kader.md)", problem.ToString());
    }

    [Fact]
    public void AMissingCourseFolderIsAProblemNotACrash()
    {
        var result = Load(Path.Combine(TestPaths.NewTempFolder("none"), "courses"));

        Assert.Contains("course folder not found", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void TheShippedCurriculumPassesTheCheck()
    {
        var result = Load(TestPaths.RealCourses);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(5, result.Snapshot!.Levels.Count);
    }
}
