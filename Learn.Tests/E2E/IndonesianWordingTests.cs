using System.Text.Json;
using System.Text.RegularExpressions;
using Learn.Core.Shop.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using static Learn.Tests.E2E.PhoneTour;

namespace Learn.Tests.E2E;

/// <summary>
/// An Indonesian page speaks Indonesian to the person reading it: no practice-shop scenario id ("first-order") where its
/// title belongs, and no word that only the English UI strings use ("capital" beside "Modal usaha").
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class IndonesianWordingTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Theory]
    [MemberData(nameof(Viewers), MemberType = typeof(PhoneTour))]
    public async Task NoIndonesianPageShowsAScenarioIdOrAnEnglishWordFromTheUiStrings(Viewer viewer)
    {
        var englishOnly = EnglishOnlyWords();
        var scenarioIds = browser.App.Services.GetRequiredService<ScenarioCatalog>().All.Select(s => s.Id).ToList();
        var problems = await WalkAsync(browser, viewer, "wording", async (page, _, _) =>
        {
            var text = await page.EvaluateAsync<string>("() => document.body.innerText");
            var ids = scenarioIds.Where(id => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")).ToList();
            var english = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(englishOnly.Contains).Distinct().ToList();
            return ids.Count == 0 && english.Count == 0
                ? null
                : $"scenario ids [{string.Join(", ", ids)}], English words [{string.Join(", ", english)}]";
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Words of four letters or more that the English strings use and no Indonesian string or lesson does.</summary>
    private static HashSet<string> EnglishOnlyWords()
    {
        var web = Path.Combine(TestPaths.RepositoryRoot, "Learn.Web");
        HashSet<string> WordsOf(string suffix) => Directory.GetFiles(web, "*" + suffix, SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "wwwroot" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(f))!.Values)
            .SelectMany(v => Word().Matches(Placeholder().Replace(v, " ")).Select(m => m.Value.ToLowerInvariant()))
            .ToHashSet();
        var english = WordsOf(".en.json");
        english.ExceptWith(WordsOf(".id.json"));
        // Loanwords the Indonesian lessons themselves use ("edit", "WhatsApp Business") are Indonesian here.
        english.ExceptWith(Directory.GetFiles(TestPaths.RealCourses, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.md", StringComparison.Ordinal))
            .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value.ToLowerInvariant())));
        return english;
    }

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
