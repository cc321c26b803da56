using Learn.Content.Markdown.Extensions.Practice;
using Learn.Content.Markdown.Extensions.Quiz;
using Markdig.Syntax;

namespace Learn.Content.Courses;

/// <summary>The part of the loader that reads each level's kader guide (<c>panduan-kader.md</c> and its English twin).</summary>
public sealed partial class CourseLoader
{
    private sealed record GuideFile(string Path, string DisplayPath, string Language, KaderGuideFrontMatter FrontMatter,
        string Body, int BodyStartLine, string LevelFolder);

    private static GuideFile? ReadGuideFile(string path, string display, string folder, List<CourseProblem> problems)
    {
        var language = path.EndsWith(".en.md", StringComparison.Ordinal) ? CourseLanguage.English : CourseLanguage.Indonesian;
        if (ReadFrontMatter<KaderGuideFrontMatter>(path, display, problems) is not var (frontMatter, body, bodyStartLine))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(frontMatter.Title))
        {
            problems.Add(new CourseProblem(display, 1, "front matter: 'title' is required"));
        }

        var folderNumber = int.Parse(System.IO.Path.GetFileName(folder)[..2], System.Globalization.CultureInfo.InvariantCulture);
        if (frontMatter.Level is null)
        {
            problems.Add(new CourseProblem(display, 1, "front matter: 'level' is required"));
        }
        else if (frontMatter.Level != folderNumber)
        {
            problems.Add(new CourseProblem(display, LineOf(path, "level"),
                $"level is {frontMatter.Level} but the file is in the folder of level {folderNumber}"));
        }

        return new GuideFile(path, display, language, frontMatter, body, bodyStartLine, folder);
    }

    /// <returns>The rendered guides by level folder; a guide with problems is reported and left out.</returns>
    private Dictionary<string, KaderGuide> BuildGuides(List<GuideFile> files, Dictionary<string, string> idByPath, string root,
        List<CourseProblem> problems)
    {
        var guides = new Dictionary<string, KaderGuide>(StringComparer.Ordinal);
        foreach (var group in files.GroupBy(f => f.LevelFolder))
        {
            var versions = new Dictionary<string, KaderGuideVersion>();
            foreach (var file in group)
            {
                if (RenderGuide(file, idByPath, root, problems) is { } version)
                {
                    versions[file.Language] = version;
                }
            }

            // Asked of the disk, not of the files read: an original with a broken front matter is reported on its own.
            if (!File.Exists(System.IO.Path.Combine(group.Key, KaderGuide.FileName)))
            {
                var twin = group.First();
                problems.Add(new CourseProblem(twin.DisplayPath, 1, $"translation has no Indonesian original ({KaderGuide.FileName})"));
            }
            else if (versions.ContainsKey(CourseLanguage.Indonesian))
            {
                var number = int.Parse(System.IO.Path.GetFileName(group.Key)[..2], System.Globalization.CultureInfo.InvariantCulture);
                guides[group.Key] = new KaderGuide(number, versions);
            }
        }

        return guides;
    }

    private KaderGuideVersion? RenderGuide(GuideFile file, Dictionary<string, string> idByPath, string root,
        List<CourseProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(file.Body))
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine, "kader guide is empty"));
            return null;
        }

        var title = file.FrontMatter.Title ?? string.Empty;
        return _options.RenderOnFirstUse
            ? new KaderGuideVersion(file.Language, title, () => GuideHtml(file, idByPath, root, []), file.DisplayPath)
            : new KaderGuideVersion(file.Language, title, GuideHtml(file, idByPath, root, problems), file.DisplayPath);
    }

    private string GuideHtml(GuideFile file, Dictionary<string, string> idByPath, string root, List<CourseProblem> problems)
    {
        Interlocked.Increment(ref _filesRendered);
        var document = Parse(file.DisplayPath, file.Language, file.Body, file.BodyStartLine, problems);

        // A guide is read by the kader, never graded: a quiz or practice task here would count for nobody.
        foreach (var quiz in document.Descendants<QuizBlock>())
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine + quiz.Line,
                "a kader guide cannot have a quiz: put quizzes in lessons"));
        }

        foreach (var practice in document.Descendants<PracticeBlock>())
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine + practice.Line,
                "a kader guide cannot have a practice task: name the lesson whose task the kader signs off"));
        }

        return ToHtml(document, file.Path, file.DisplayPath, file.BodyStartLine, root, idByPath, problems);
    }
}
