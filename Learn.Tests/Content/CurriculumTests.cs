using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Tests.TestHost;

namespace Learn.Tests.Content;

/// <summary>The shipped curriculum meets the bar set for it: complete, bilingual, and every link and picture works.</summary>
public sealed partial class CurriculumTests
{
    private static readonly CourseSnapshot Course =
        new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot
        ?? throw new InvalidOperationException("The shipped curriculum does not load; run `courses check`.");

    public static TheoryData<string> LessonIds()
    {
        var data = new TheoryData<string>();
        foreach (var lesson in Course.AllLessons)
        {
            data.Add(lesson.Id);
        }

        return data;
    }

    [Fact]
    public void EveryLevelHasAtLeastSixLessonsAndAPlacementCheck()
    {
        Assert.Equal([1, 2, 3, 4, 5], Course.Levels.Select(l => l.Number));
        Assert.All(Course.Levels, level =>
        {
            Assert.True(level.Lessons.Count >= 6, $"level {level.Number} has {level.Lessons.Count} lessons");
            Assert.NotNull(level.Placement);
            Assert.True(level.Placement!.HasTranslation("en"));
            Assert.True(level.Titles.ContainsKey("en"));
        });
        Assert.True(Course.AllLessons.Count() >= 30);
    }

    [Fact]
    public void EveryLevelHasAKaderGuideInBothLanguagesThatLinksTheSkillsItsKaderSignsOff()
    {
        var skills = SignOffSkill().Matches(File.ReadAllText(Path.Combine(TestPaths.RealCourses, "readiness.yml")))
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(skills);
        Assert.All(Course.Levels, level =>
        {
            var guide = level.KaderGuide;
            Assert.NotNull(guide);
            Assert.True(guide.HasTranslation("en"), $"level {level.Number}: the kader guide has no English twin");
            foreach (var skill in skills.Where(s => Course.FindLesson(s)?.LevelNumber == level.Number))
            {
                Assert.All(guide.Versions.Values, v => Assert.Contains($"href=\"/belajar/{skill}\"", v.Html));
            }
        });
        Assert.Contains(Course.Levels, l => skills.Any(s => Course.FindLesson(s)?.LevelNumber == l.Number));
    }

    [Theory]
    [MemberData(nameof(LessonIds))]
    public void EveryLessonIsCompleteInBothLanguages(string id)
    {
        var lesson = Course.FindLesson(id)!;
        Assert.True(lesson.HasTranslation("en"), "no English twin");
        Assert.True(lesson.QuestionCount >= 4, $"{lesson.QuestionCount} quiz questions");
        Assert.NotEmpty(lesson.Practices);
        foreach (var version in lesson.Versions.Values)
        {
            Assert.NotEmpty(version.Objectives);
            Assert.Contains("<img ", version.Html);
            Assert.Contains(" alt=\"", version.Html);
            Assert.All(version.Quiz.Questions.SelectMany(q => q.Options), o => Assert.False(string.IsNullOrWhiteSpace(o.FeedbackHtml)));
            Assert.Matches(version.Language == "en" ? "<h2 id=\"summary\">" : "<h2 id=\"ringkasan\">", version.Html);
        }
    }

    [Fact]
    public void IndonesianLessonsAverageAtLeast350Words()
    {
        var counts = Course.AllLessons.Select(l => Words(l.Indonesian.Html)).ToList();

        Assert.True(counts.Average() >= 350, $"average {counts.Average():F0} words");
        Assert.All(counts, c => Assert.True(c >= 200, $"a lesson has only {c} words"));
    }

    [Fact]
    public void NoPlaceholderTextAnywhere()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.RealCourses, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch("(?i)lorem ipsum|\\bTODO\\b|\\bFIXME\\b|\\bTBD\\b", text);
        }
    }

    [Fact]
    public async Task EveryLessonRendersInBothLanguagesAndEveryInternalLinkAndPictureResolves()
    {
        using var app = LearnTestHost.Sqlite.WithRealCourses().Build();
        var client = app.CreateClient();
        var checkedUrls = new HashSet<string>();
        foreach (var lesson in Course.AllLessons.Concat(Course.Levels.Select(l => l.Placement!)))
        {
            foreach (var culture in new[] { "id", "en" })
            {
                var response = await client.GetAsync($"/belajar/{lesson.Id}?culture={culture}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync();
                // Razor encodes with the default HtmlEncoder, so compare like with like.
                Assert.Contains($"<h1>{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(lesson.In(culture).Title)}</h1>", html);
                foreach (Match link in LocalUrl().Matches(lesson.In(culture).Html))
                {
                    var url = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                    if (checkedUrls.Add(url))
                    {
                        Assert.True((await client.GetAsync(url)).IsSuccessStatusCode, $"{lesson.Id} ({culture}) links to {url}, which does not load");
                    }
                }
            }
        }

        Assert.Contains(checkedUrls, u => u.StartsWith("/kursus/", StringComparison.Ordinal));
    }

    private static int Words(string html) =>
        Tag().Replace(html, " ").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    [GeneratedRegex(@"^\s*-\s*skill:\s*([a-z0-9-]+)", RegexOptions.Multiline)]
    private static partial Regex SignOffSkill();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?:src|href)=\"(/[^\"]*)\"")]
    private static partial Regex LocalUrl();
}
