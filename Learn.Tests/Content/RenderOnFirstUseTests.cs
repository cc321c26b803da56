using Learn.Content.Courses;
using Learn.Content.Markdown.Extensions.Practice;

namespace Learn.Tests.Content;

/// <summary>
/// Start-up reads the shipped courses without rendering them and renders each lesson when it is first shown;
/// what a learner then sees is exactly what `courses check` renders and validates.
/// </summary>
public sealed class RenderOnFirstUseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    private static (CourseLoader Loader, CourseSnapshot Snapshot) Load(string root, bool renderOnFirstUse)
    {
        var loader = new CourseLoader(new CourseLoaderOptions { RenderOnFirstUse = renderOnFirstUse });
        var result = loader.Load(root, Now);
        Assert.Empty(result.Problems);
        return (loader, result.Snapshot!);
    }

    [Fact]
    public void StartUpRendersNoLessonYetKnowsEveryLevelLessonAndPracticeTask()
    {
        var (loader, startUp) = Load(TestPaths.RealCourses, renderOnFirstUse: true);
        var (_, check) = Load(TestPaths.RealCourses, renderOnFirstUse: false);

        Assert.Equal(0, loader.FilesRendered);
        Assert.Equal(check.Levels.Select(l => (l.Number, l.Slug, l.Lessons.Count, l.KaderGuide is null)),
            startUp.Levels.Select(l => (l.Number, l.Slug, l.Lessons.Count, l.KaderGuide is null)));
        foreach (var lesson in check.AllLessons.Append(check.Levels.First(l => l.Placement is not null).Placement!))
        {
            var early = startUp.FindLesson(lesson.Id)!;
            Assert.Equal(lesson.Practices, early.Practices);
            Assert.Equal(lesson.IsKaderSignedSkill, early.IsKaderSignedSkill);
            Assert.Equal(lesson.Versions.Keys.Order(), early.Versions.Keys.Order());
            Assert.Equal(lesson.Versions.Values.Select(v => v.Title), early.Versions.Values.Select(v => v.Title));
        }

        Assert.Contains(startUp.AllLessons, l => l.IsKaderSignedSkill);
        Assert.Equal(0, loader.FilesRendered);
    }

    [Fact]
    public void EveryLessonAndGuideRenderedOnFirstUseIsByteIdenticalToWhatCoursesCheckRenders()
    {
        var (_, startUp) = Load(TestPaths.RealCourses, renderOnFirstUse: true);
        var (_, check) = Load(TestPaths.RealCourses, renderOnFirstUse: false);

        foreach (var level in check.Levels)
        {
            var lessons = level.Placement is null ? level.Lessons : level.Lessons.Append(level.Placement);
            foreach (var lesson in lessons)
            {
                foreach (var (language, version) in lesson.Versions)
                {
                    var early = startUp.FindLesson(lesson.Id)!.Versions[language];
                    Assert.False(early.IsRendered);
                    Assert.Equal(version.Html, early.Html);
                    Assert.Equal(version.Quiz.Questions.Select(q => (q.Id, q.TextHtml, q.MustPass, q.Options.Count)),
                        early.Quiz.Questions.Select(q => (q.Id, q.TextHtml, q.MustPass, q.Options.Count)));
                }
            }

            foreach (var (language, guide) in level.KaderGuide?.Versions ?? new Dictionary<string, KaderGuideVersion>())
            {
                Assert.Equal(guide.Html, startUp.FindKaderGuide(level.Number)!.Versions[language].Html);
            }
        }
    }

    [Fact]
    public async Task ALessonAskedForByManyRequestsAtOnceIsRenderedOnce()
    {
        var (loader, startUp) = Load(TestPaths.RealCourses, renderOnFirstUse: true);
        var lesson = startUp.AllLessons.First().Indonesian;
        using var together = new Barrier(16);

        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            together.SignalAndWait();
            return lesson.Html;
        })));

        Assert.Equal(1, loader.FilesRendered);
        Assert.All(pages, page => Assert.Same(pages[0], page));
        Assert.Contains("<h2", pages[0]);
        _ = lesson.Quiz;
        Assert.Equal(1, loader.FilesRendered);
    }

    [Fact]
    public void ABrokenLinkStopsCoursesCheckButIsLeftForFirstUseAtStartUp()
    {
        var root = CourseCheckerTests.TreeWith("broken-link.md");

        var check = new CourseLoader().Load(root, Now);
        var startUp = new CourseLoader(new CourseLoaderOptions { RenderOnFirstUse = true }).Load(root, Now);

        Assert.Contains(check.Problems, p => p.Message.Contains("broken link '99-tidak-ada.md'", StringComparison.Ordinal));
        Assert.True(startUp.IsValid);
    }

    [Fact]
    public void APracticeLineInsideACodeExampleIsNotATask()
    {
        var body = "Tulis seperti ini:\n\n```\n:::practice check=kader\n```\n\n:::practice check=self\nCoba sendiri.\n:::\n";

        Assert.Equal([new PracticeTask("self", null)], PracticeScan.Find(body));
    }
}
