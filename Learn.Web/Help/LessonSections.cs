using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;

namespace Learn.Web.Help;

/// <summary>The headed sections of a lesson (Markdig gives each h2 an id), for help context and quick replies.</summary>
public static partial class LessonSections
{
    public sealed record Section(string Id, string Title);

    public static IReadOnlyList<Section> Of(LessonVersion version) =>
        Heading().Matches(version.Html)
            .Select(m => new Section(m.Groups[1].Value, WebUtility.HtmlDecode(Tags().Replace(m.Groups[2].Value, string.Empty)).Trim()))
            .Where(s => s.Title.Length > 0)
            .ToList();

    /// <summary>Question text without markup, for the helper's side panel.</summary>
    public static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)).Trim();

    [GeneratedRegex("<h2 id=\"([a-z0-9-]+)\">(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
