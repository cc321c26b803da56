using System.Text.RegularExpressions;

namespace Learn.Web.Help;

/// <summary>
/// Splits a chat message into plain text and links to lesson pages (the only links we make).
/// Every part is still rendered encoded; nothing the user typed becomes markup.
/// </summary>
public static partial class MessageText
{
    public sealed record Part(string Text, bool IsLessonLink);

    public static IEnumerable<Part> Parts(string text)
    {
        var last = 0;
        foreach (Match match in LessonLink().Matches(text))
        {
            if (match.Index > last)
            {
                yield return new Part(text[last..match.Index], false);
            }

            yield return new Part(match.Value, true);
            last = match.Index + match.Length;
        }

        if (last < text.Length)
        {
            yield return new Part(text[last..], false);
        }
    }

    [GeneratedRegex("/belajar/[a-z0-9-]+(?:#[a-z0-9-]+)?")]
    private static partial Regex LessonLink();
}
