using Learn.Content.Courses;
using Learn.Content.Markdown;
using Markdig.Renderers;

namespace Learn.Tests.Content;

/// <summary>
/// Each of our Markdown extensions is specified by examples, as markdig does: Specs/&lt;Extension&gt;/&lt;name&gt;.md
/// renders to the HTML in &lt;name&gt;.html beside it (".en.md" renders as English). A change to a
/// renderer shows up here as a diff of real HTML, and the answer key must never reach the page.
/// </summary>
public sealed class MarkdownSpecTests
{
    private static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "Content", "Specs");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SpecFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SpecFolder, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void EachExtensionRendersItsSpecExampleToTheExpectedHtml(string spec)
    {
        var input = Path.Combine(SpecFolder, spec);
        var expectedFile = Path.ChangeExtension(input, ".html");
        var html = Render(File.ReadAllText(input), spec.EndsWith(".en.md", StringComparison.Ordinal) ? CourseLanguage.English : CourseLanguage.Indonesian);
        if (Environment.GetEnvironmentVariable("LEARN_WRITE_SPECS") == "1")
        {
            // For a deliberate renderer change: writes the new HTML into the source tree, to be read and committed.
            File.WriteAllText(Path.Combine(TestPaths.RepositoryRoot, "Learn.Tests", "Content", "Specs", Path.ChangeExtension(spec, ".html")), html);
        }

        Assert.True(File.Exists(expectedFile), $"{spec} has no expected output {Path.GetFileName(expectedFile)} beside it");

        Assert.Equal(Normalise(File.ReadAllText(expectedFile)), Normalise(html));
    }

    [Fact]
    public void EveryExtensionHasAtLeastOneSpec()
    {
        var extensions = Directory.EnumerateDirectories(Path.Combine(TestPaths.RepositoryRoot, "Learn.Content", "Markdown", "Extensions"))
            .Select(Path.GetFileName);

        foreach (var extension in extensions)
        {
            Assert.True(Directory.Exists(Path.Combine(SpecFolder, extension!)) && Directory.EnumerateFiles(Path.Combine(SpecFolder, extension!), "*.md").Any(),
                $"Markdown extension '{extension}' has no examples under Learn.Tests/Content/Specs/{extension}");
        }
    }

    private static string Render(string markdown, string language)
    {
        var document = Markdig.Markdown.Parse(markdown, LearnMarkdown.Pipeline);
        LessonDocument.SetLanguage(document, language);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        LearnMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string Normalise(string html) => html.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
