using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Learn.Content.Markdown;
using Learn.Content.Markdown.Extensions;
using Learn.Content.Markdown.Extensions.Practice;
using Learn.Content.Markdown.Extensions.Quiz;
using Learn.Content.Quizzes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Learn.Content.Courses;

/// <summary>
/// Reads, validates and renders a course tree into a <see cref="CourseSnapshot"/>. Every problem is
/// collected with its file and line, so an author sees them all at once.
/// </summary>
public sealed partial class CourseLoader(CourseLoaderOptions? options = null)
{
    private readonly CourseLoaderOptions _options = options ?? new CourseLoaderOptions();

    private static readonly HashSet<string> KnownBlocks = ["quiz", "tip", "warning", "practice"];

    private long _filesRendered;

    /// <summary>How many lesson and guide files this loader has rendered, at load or on first use.</summary>
    public long FilesRendered => Interlocked.Read(ref _filesRendered);

    private sealed record LessonFile(string Path, string DisplayPath, string Language, LessonFrontMatter FrontMatter,
        string Body, int BodyStartLine, string LevelFolder);

    public CourseLoadResult Load(string root, DateTimeOffset now)
    {
        var problems = new List<CourseProblem>();
        var fullRoot = System.IO.Path.GetFullPath(root);
        var rootName = System.IO.Path.GetFileName(fullRoot.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        string Display(string path) =>
            System.IO.Path.Combine(rootName, System.IO.Path.GetRelativePath(fullRoot, path)).Replace('\\', '/');

        if (!Directory.Exists(fullRoot))
        {
            problems.Add(new CourseProblem(root, 0, "course folder not found"));
            return new CourseLoadResult(null, problems);
        }

        var levelFolders = Directory.GetDirectories(fullRoot)
            .Where(d => LevelFolderName().IsMatch(System.IO.Path.GetFileName(d)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        if (levelFolders.Count == 0)
        {
            problems.Add(new CourseProblem(Display(fullRoot), 0, "no level folders (expected folders like 01-dasar-ponsel)"));
        }

        // Pass 1: read every file's front matter, so links and prerequisites can be checked in pass 2.
        var levelFiles = new List<(string Folder, LevelFile File)>();
        var markdownFiles = new List<(string Path, string Folder)>();
        foreach (var folder in levelFolders)
        {
            var levelYml = System.IO.Path.Combine(folder, "level.yml");
            var folderNumber = int.Parse(System.IO.Path.GetFileName(folder)[..2], System.Globalization.CultureInfo.InvariantCulture);
            if (!File.Exists(levelYml))
            {
                problems.Add(new CourseProblem(Display(folder), 0, "level folder has no level.yml"));
            }
            else
            {
                var (level, line, error) = YamlReader.Read<LevelFile>(File.ReadAllText(levelYml));
                if (error is not null || level is null)
                {
                    problems.Add(new CourseProblem(Display(levelYml), line, $"level.yml invalid: {error ?? "empty file"}"));
                }
                else
                {
                    CheckLevelFile(level, folderNumber, Display(levelYml), problems);
                    levelFiles.Add((folder, level));
                }
            }

            markdownFiles.AddRange(Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, folder)));
        }

        // The kader guide shares the folder with the lessons but is not one (see KaderGuide).
        var read = Each(markdownFiles, problems, (file, found) => KaderGuide.IsGuideFile(file.Path)
            ? (object?)ReadGuideFile(file.Path, Display(file.Path), file.Folder, found)
            : ReadLessonFile(file.Path, Display(file.Path), file.Folder, found));
        var lessonFiles = read.OfType<LessonFile>().ToList();
        var guideFiles = read.OfType<GuideFile>().ToList();

        var originals = lessonFiles.Where(f => f.Language == CourseLanguage.Indonesian).ToList();
        var idByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in originals)
        {
            CheckOriginalFrontMatter(file, problems);
            if (file.FrontMatter.Id is not { } id)
            {
                continue;
            }

            if (firstFileOfId.TryGetValue(id, out var other))
            {
                problems.Add(new CourseProblem(file.DisplayPath, 2, $"duplicate lesson id '{id}' (also used in {other})"));
                continue;
            }

            firstFileOfId[id] = file.DisplayPath;
            idByPath[file.Path] = id;
        }

        // English twins share the path of their original minus ".en".
        foreach (var twin in lessonFiles.Where(f => f.Language == CourseLanguage.English))
        {
            var originalPath = twin.Path[..^".en.md".Length] + ".md";
            if (idByPath.TryGetValue(originalPath, out var originalId))
            {
                idByPath[twin.Path] = originalId;
            }
            else
            {
                problems.Add(new CourseProblem(twin.DisplayPath, 1,
                    $"translation has no Indonesian original ({System.IO.Path.GetFileName(originalPath)})"));
            }
        }

        // Pass 2: render each file and collect its quiz, practice tasks, links and images.
        var rendered = new Dictionary<string, (LessonFile File, LessonVersion Version, List<PracticeTask> Practices)>();
        var toRender = lessonFiles.Where(f => idByPath.ContainsKey(f.Path)).ToList();
        var renders = _options.RenderOnFirstUse
            ? toRender.Select(file => (Version: Deferred(file, idByPath, fullRoot, problems), Practices: PracticeScan.Find(file.Body))).ToArray()
            : Each(toRender, problems, (file, found) => (Version: Rendered(file, idByPath, fullRoot, found, out var practices), Practices: practices));
        for (var i = 0; i < toRender.Count; i++)
        {
            if (renders[i].Version is { } version)
            {
                rendered[toRender[i].Path] = (toRender[i], version, renders[i].Practices);
            }
        }

        var guides = BuildGuides(guideFiles, idByPath, fullRoot, problems);

        var lessons = new List<Lesson>();
        foreach (var file in originals.Where(f => idByPath.ContainsKey(f.Path) && rendered.ContainsKey(f.Path)))
        {
            var fm = file.FrontMatter;
            var (_, indonesian, practices) = rendered[file.Path];
            var versions = new Dictionary<string, LessonVersion> { [CourseLanguage.Indonesian] = indonesian };
            var twinPath = file.Path[..^".md".Length] + ".en.md";
            if (rendered.TryGetValue(twinPath, out var twin))
            {
                // Comparing quizzes needs them rendered: `courses check` does it, start-up leaves it to check.
                if (!_options.RenderOnFirstUse)
                {
                    CheckTwin(file, twin.File, indonesian.Quiz, twin.Version.Quiz, problems);
                }

                versions[CourseLanguage.English] = twin.Version;
            }

            foreach (var prerequisite in fm.Prerequisites ?? [])
            {
                if (!firstFileOfId.ContainsKey(prerequisite))
                {
                    problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "prerequisites"),
                        $"unknown prerequisite '{prerequisite}'"));
                }
            }

            // An unreadable rule was reported with the front matter; fall back to "all".
            var rule = MasteryRule.TryParse(fm.Mastery, out var parsedRule, out var outOf) ? parsedRule : MasteryRule.All;
            if (!_options.RenderOnFirstUse && outOf is { } total && total != indonesian.Quiz.Questions.Count)
            {
                problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "mastery"),
                    $"mastery '{fm.Mastery}' counts {total} questions but the quiz has {indonesian.Quiz.Questions.Count}"));
            }

            lessons.Add(new Lesson(
                fm.Id!,
                fm.Level ?? 0,
                fm.Order ?? 0,
                fm.Minutes ?? 0,
                fm.Kind == "placement" ? LessonKind.Placement : LessonKind.Lesson,
                fm.Prerequisites ?? [],
                rule,
                practices,
                versions));
        }

        var levels = new List<Level>();
        foreach (var (folder, levelFile) in levelFiles.OrderBy(l => l.File.Number))
        {
            var number = levelFile.Number ?? 0;
            var inLevel = lessons.Where(l => l.LevelNumber == number).ToList();
            foreach (var group in inLevel.Where(l => l.Kind == LessonKind.Lesson).GroupBy(l => l.Order).Where(g => g.Count() > 1))
            {
                problems.Add(new CourseProblem(Display(folder), 0,
                    $"lessons {string.Join(", ", group.Select(l => l.Id))} share order {group.Key}"));
            }

            var placements = inLevel.Where(l => l.Kind == LessonKind.Placement).ToList();
            if (placements.Count > 1)
            {
                problems.Add(new CourseProblem(Display(folder), 0, "more than one placement check in this level"));
            }

            levels.Add(new Level(
                number,
                levelFile.Slug ?? string.Empty,
                System.IO.Path.GetFileName(folder),
                Languages(levelFile.Title, levelFile.TitleEn),
                Languages(levelFile.Summary, levelFile.SummaryEn),
                inLevel.Where(l => l.Kind == LessonKind.Lesson).OrderBy(l => l.Order).ToList(),
                placements.FirstOrDefault(),
                guides.GetValueOrDefault(folder)));
        }

        foreach (var duplicate in levels.GroupBy(l => l.Number).Where(g => g.Count() > 1))
        {
            problems.Add(new CourseProblem(Display(fullRoot), 0, $"two level folders have number {duplicate.Key}"));
        }

        foreach (var level in levels.Where(l => l.Lessons.Count == 0))
        {
            problems.Add(new CourseProblem(Display(System.IO.Path.Combine(fullRoot, level.Folder)), 0, "level has no lessons"));
        }

        var ordered = problems
            .Distinct()
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToList();
        return ordered.Count > 0
            ? new CourseLoadResult(null, ordered)
            : new CourseLoadResult(new CourseSnapshot(fullRoot, levels, now), ordered);
    }

    /// <summary>
    /// Runs the work on each item, on every core when the options say so. Each item reports into its own list,
    /// merged in item order afterwards, so the results and problems are the same either way.
    /// </summary>
    private TResult[] Each<TItem, TResult>(IReadOnlyList<TItem> items, List<CourseProblem> problems,
        Func<TItem, List<CourseProblem>, TResult> work)
    {
        var results = new TResult[items.Count];
        var found = new List<CourseProblem>[items.Count];
        void One(int i)
        {
            found[i] = [];
            results[i] = work(items[i], found[i]);
        }

        if (_options.Parallel)
        {
            System.Threading.Tasks.Parallel.For(0, items.Count, One);
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                One(i);
            }
        }

        foreach (var list in found)
        {
            problems.AddRange(list);
        }

        return results;
    }

    private static Dictionary<string, string> Languages(string? indonesian, string? english)
    {
        var result = new Dictionary<string, string> { [CourseLanguage.Indonesian] = indonesian ?? string.Empty };
        if (!string.IsNullOrWhiteSpace(english))
        {
            result[CourseLanguage.English] = english;
        }

        return result;
    }

    private static void CheckLevelFile(LevelFile level, int folderNumber, string display, List<CourseProblem> problems)
    {
        if (level.Number != folderNumber)
        {
            problems.Add(new CourseProblem(display, 1, $"number is {level.Number?.ToString() ?? "missing"} but the folder says {folderNumber}"));
        }

        if (string.IsNullOrWhiteSpace(level.Slug) || !IdFormat().IsMatch(level.Slug))
        {
            problems.Add(new CourseProblem(display, 1, "slug is missing or not lowercase-with-hyphens"));
        }

        if (string.IsNullOrWhiteSpace(level.Title))
        {
            problems.Add(new CourseProblem(display, 1, "title is missing"));
        }
    }

    private static LessonFile? ReadLessonFile(string path, string display, string folder, List<CourseProblem> problems)
    {
        var language = path.EndsWith(".en.md", StringComparison.Ordinal) ? CourseLanguage.English : CourseLanguage.Indonesian;
        return ReadFrontMatter<LessonFrontMatter>(path, display, problems) is var (frontMatter, body, bodyStartLine)
            ? new LessonFile(path, display, language, frontMatter, body, bodyStartLine, folder)
            : null;
    }

    /// <returns>The front matter, the body after it and the file line the body starts on; null after reporting a problem.</returns>
    private static (T FrontMatter, string Body, int BodyStartLine)? ReadFrontMatter<T>(string path, string display,
        List<CourseProblem> problems)
        where T : class, new()
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Add(new CourseProblem(display, 1, "front matter missing: the file must start with a line '---'"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            problems.Add(new CourseProblem(display, 1, "front matter not closed: add a line '---' after it"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var (frontMatter, errorLine, error) = YamlReader.Read<T>(yaml);
        if (error is not null)
        {
            problems.Add(new CourseProblem(display, errorLine + 1, $"front matter invalid: {error}"));
            return null;
        }

        return (frontMatter ?? new T(), string.Join('\n', lines[(close + 1)..]), close + 2);
    }

    private static int LineOf(LessonFile file, string field) => LineOf(file.Path, field);

    private static int LineOf(string path, string field)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }

    private static void CheckOriginalFrontMatter(LessonFile file, List<CourseProblem> problems)
    {
        var fm = file.FrontMatter;
        void Missing(string field) =>
            problems.Add(new CourseProblem(file.DisplayPath, 1, $"front matter: '{field}' is required"));

        if (string.IsNullOrWhiteSpace(fm.Id))
        {
            Missing("id");
        }
        else if (!IdFormat().IsMatch(fm.Id))
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "id"),
                $"id '{fm.Id}' must be lowercase letters, digits and hyphens"));
        }

        if (string.IsNullOrWhiteSpace(fm.Title))
        {
            Missing("title");
        }

        var folderNumber = int.Parse(System.IO.Path.GetFileName(file.LevelFolder)[..2], System.Globalization.CultureInfo.InvariantCulture);
        if (fm.Level is null)
        {
            Missing("level");
        }
        else if (fm.Level != folderNumber)
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "level"),
                $"level is {fm.Level} but the file is in the folder of level {folderNumber}"));
        }

        if (fm.Order is null)
        {
            Missing("order");
        }

        if (fm.Minutes is null or <= 0)
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "minutes"), "front matter: 'minutes' must be a positive number"));
        }

        if (fm.Objectives is null || fm.Objectives.Count == 0 || fm.Objectives.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "objectives"), "front matter: 'objectives' needs at least one objective"));
        }

        if (fm.Kind is not (null or "placement"))
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "kind"), $"kind '{fm.Kind}' is unknown (use 'placement' or leave it out)"));
        }

        if (!MasteryRule.TryParse(fm.Mastery, out _, out _))
        {
            problems.Add(new CourseProblem(file.DisplayPath, LineOf(file, "mastery"),
                $"mastery '{fm.Mastery}' is not understood (write 'all' or like '4/5')"));
        }
    }

    private static void CheckTwin(LessonFile original, LessonFile twin, Quiz originalQuiz, Quiz twinQuiz, List<CourseProblem> problems)
    {
        if (twin.FrontMatter.Id != original.FrontMatter.Id)
        {
            problems.Add(new CourseProblem(twin.DisplayPath, LineOf(twin, "id"),
                $"translation id '{twin.FrontMatter.Id}' differs from the original's '{original.FrontMatter.Id}'"));
        }

        if (string.IsNullOrWhiteSpace(twin.FrontMatter.Title))
        {
            problems.Add(new CourseProblem(twin.DisplayPath, 1, "front matter: 'title' is required"));
        }

        var same = originalQuiz.Questions.Count == twinQuiz.Questions.Count
            && originalQuiz.Questions.Zip(twinQuiz.Questions).All(pair =>
                pair.First.MustPass == pair.Second.MustPass
                && pair.First.Options.Count == pair.Second.Options.Count
                && pair.First.Options.Zip(pair.Second.Options).All(o => o.First.IsCorrect == o.Second.IsCorrect));
        if (!same)
        {
            problems.Add(new CourseProblem(twin.DisplayPath, 1,
                "translation quiz differs from the original: it needs the same questions and options, with the same ones marked right and the same must-pass questions"));
        }
    }

    /// <summary>Renders now, validating everything, and checks that start-up's quick read finds the same practice tasks.</summary>
    private LessonVersion? Rendered(LessonFile file, Dictionary<string, string> idByPath, string root,
        List<CourseProblem> problems, out List<PracticeTask> practices)
    {
        if (Render(file, idByPath, root, problems, out practices) is not { } rendered)
        {
            return null;
        }

        if (!practices.SequenceEqual(PracticeScan.Find(file.Body)))
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine,
                "the practice tasks read at start-up differ from the lesson's: put each ':::practice' line at the start of a line, outside code"));
        }

        var fm = file.FrontMatter;
        return new LessonVersion(file.Language, fm.Title ?? string.Empty, fm.Objectives ?? [], rendered.Html, rendered.Quiz, file.DisplayPath);
    }

    /// <summary>
    /// Start-up: only the front matter is used now; the text is rendered on first use from the body read here.
    /// Problems found then are not shown to anyone: <c>courses check</c> reports them before a course ships.
    /// </summary>
    private LessonVersion? Deferred(LessonFile file, Dictionary<string, string> idByPath, string root, List<CourseProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(file.Body))
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine, "lesson is empty"));
            return null;
        }

        var fm = file.FrontMatter;
        return new LessonVersion(file.Language, fm.Title ?? string.Empty, fm.Objectives ?? [],
            () => Render(file, idByPath, root, [], out _)!, file.DisplayPath);
    }

    private RenderedLesson? Render(LessonFile file, Dictionary<string, string> idByPath, string root,
        List<CourseProblem> problems, out List<PracticeTask> practices)
    {
        practices = [];
        if (string.IsNullOrWhiteSpace(file.Body))
        {
            problems.Add(new CourseProblem(file.DisplayPath, file.BodyStartLine, "lesson is empty"));
            return null;
        }

        Interlocked.Increment(ref _filesRendered);

        var document = Parse(file.DisplayPath, file.Language, file.Body, file.BodyStartLine, problems);
        int FileLine(int bodyLine) => file.BodyStartLine + bodyLine;

        foreach (var practice in document.Descendants<PracticeBlock>())
        {
            if (practice.Check is null || !PracticeTask.KnownChecks.Contains(practice.Check))
            {
                problems.Add(new CourseProblem(file.DisplayPath, FileLine(practice.Line),
                    $"practice needs check=self, check=kader or check=sandbox (found '{practice.Arguments}')"));
            }
            else
            {
                practices.Add(new PracticeTask(practice.Check, practice.Scenario));
            }
        }

        var quizzes = document.Descendants<QuizBlock>().ToList();
        var quiz = new Quiz([]);
        if (quizzes.Count != 1)
        {
            problems.Add(new CourseProblem(file.DisplayPath, quizzes.Count == 0 ? file.BodyStartLine : FileLine(quizzes[1].Line),
                quizzes.Count == 0 ? "lesson has no quiz (add a ':::quiz' block)" : "lesson has more than one quiz"));
        }

        if (quizzes.Count > 0)
        {
            var block = quizzes[0];
            if (!block.IsClosed)
            {
                problems.Add(new CourseProblem(file.DisplayPath, FileLine(block.Line), "block ':::quiz' is never closed (add a line ':::')"));
            }

            var lines = new List<(int, string)>();
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var slice = block.Lines.Lines[i];
                lines.Add((FileLine(slice.Line), slice.Slice.ToString()));
            }

            var (parsed, quizProblems) = QuizSyntax.Parse(lines, LearnMarkdown.RenderInline);
            problems.AddRange(quizProblems.Select(p => new CourseProblem(file.DisplayPath, p.Line, p.Message)));
            quiz = parsed;
        }

        return new RenderedLesson(ToHtml(document, file.Path, file.DisplayPath, file.BodyStartLine, root, idByPath, problems), quiz);
    }

    /// <summary>Parses a body with the lesson pipeline, reporting unknown and unclosed blocks at their file line.</summary>
    private static MarkdownDocument Parse(string displayPath, string language, string body, int bodyStartLine,
        List<CourseProblem> problems)
    {
        var bodyLines = body.Split('\n');
        for (var i = 0; i < bodyLines.Length; i++)
        {
            var match = BlockOpening().Match(bodyLines[i]);
            if (match.Success && !KnownBlocks.Contains(match.Groups[1].Value))
            {
                problems.Add(new CourseProblem(displayPath, bodyStartLine + i,
                    $"unknown block ':::{match.Groups[1].Value}' (known: {string.Join(", ", KnownBlocks)})"));
            }
        }

        var document = Markdig.Markdown.Parse(body, LearnMarkdown.Pipeline);
        LessonDocument.SetLanguage(document, language);
        foreach (var block in document.Descendants<ColonContainerBlock>().Where(b => !b.IsClosed))
        {
            problems.Add(new CourseProblem(displayPath, bodyStartLine + block.Line,
                $"block ':::{block.Info}' is never closed (add a line ':::')"));
        }

        return document;
    }

    /// <summary>Resolves the document's links and pictures (reporting broken ones), then renders it.</summary>
    private string ToHtml(MarkdownDocument document, string path, string displayPath, int bodyStartLine, string root,
        Dictionary<string, string> idByPath, List<CourseProblem> problems)
    {
        var directory = System.IO.Path.GetDirectoryName(path)!;
        foreach (var link in document.Descendants<LinkInline>())
        {
            ResolveLink(link, displayPath, bodyStartLine, directory, root, idByPath, problems);
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        LearnMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private void ResolveLink(LinkInline link, string displayPath, int bodyStartLine, string directory, string root,
        Dictionary<string, string> idByPath, List<CourseProblem> problems)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.Contains("://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
        {
            return;
        }

        var line = bodyStartLine + link.Line;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hash >= 0 ? (url[..hash], url[hash..]) : (url, string.Empty);
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, Uri.UnescapeDataString(path)));
        var inside = target.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

        if (link.IsImage)
        {
            if (!inside || !File.Exists(target))
            {
                problems.Add(new CourseProblem(displayPath, line, $"missing image '{url}'"));
                return;
            }

            var relative = System.IO.Path.GetRelativePath(root, target).Replace('\\', '/');
            link.Url = $"{_options.MediaBasePath}/{relative}?v={Fingerprint(target)}";
            if (ImageSize.Read(target) is { } size)
            {
                var attributes = Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(link);
                attributes.AddPropertyIfNotExist("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (link.FirstChild is null)
            {
                problems.Add(new CourseProblem(displayPath, line, $"image '{url}' has no alt text (write ![what it shows]({url}))"));
            }

            return;
        }

        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            problems.Add(new CourseProblem(displayPath, line, $"broken link '{url}': link to a lesson file (.md) or a full https:// address"));
            return;
        }

        // A link to the English twin means the same lesson.
        var original = target.EndsWith(".en.md", StringComparison.Ordinal) ? target[..^".en.md".Length] + ".md" : target;
        if (!inside || !idByPath.TryGetValue(original, out var lessonId))
        {
            problems.Add(new CourseProblem(displayPath, line, $"broken link '{url}': no such lesson"));
            return;
        }

        link.Url = string.Format(System.Globalization.CultureInfo.InvariantCulture, _options.LessonUrlFormat, lessonId) + anchor;
    }

    private static string Fingerprint(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    }

    [GeneratedRegex(@"^\d{2}-[a-z0-9-]+$")]
    private static partial Regex LevelFolderName();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();

    [GeneratedRegex(@"^\s{0,3}:::([A-Za-z][\w-]*)")]
    private static partial Regex BlockOpening();
}
