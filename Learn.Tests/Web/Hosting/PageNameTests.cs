using System.Text.RegularExpressions;

namespace Learn.Tests.Web.Hosting;

/// <summary>
/// A page named by <c>asp-page</c> or <c>RedirectToPage</c> that does not exist renders as an empty form action (the
/// form then posts to whatever page it is on) or fails at run time; moving pages into feature folders made one such.
/// </summary>
public sealed partial class PageNameTests
{
    [Fact]
    public void EveryPageNamedInAViewOrAPageModelExists()
    {
        var web = Path.Combine(TestPaths.RepositoryRoot, "Learn.Web");
        var sources = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var pages = sources.Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(web, f)[..^".cshtml".Length].Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);

        var named = sources.SelectMany(f => PageName().Matches(File.ReadAllText(f))
            .Select(m => (File: Path.GetRelativePath(web, f), Page: m.Groups["page"].Value))).ToList();

        Assert.NotEmpty(named);
        Assert.Empty(named.Where(n => !pages.Contains(n.Page)).Select(n => $"{n.File}: {n.Page}"));
    }

    [GeneratedRegex("""(?:asp-page="|RedirectToPage\("|Url\.Page\(")(?<page>/[^"]+)""")]
    private static partial Regex PageName();
}
