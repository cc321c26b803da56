using Learn.Content.Courses;
using Markdig.Syntax;

namespace Learn.Content.Markdown;

/// <summary>Carries the lesson's language on the parsed document so renderers can label boxes.</summary>
public static class LessonDocument
{
    private const string LanguageKey = "learn:language";

    public static void SetLanguage(MarkdownDocument document, string language) =>
        document.SetData(LanguageKey, language);

    public static string LanguageOf(Block block)
    {
        Block current = block;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current.GetData(LanguageKey) as string ?? CourseLanguage.Indonesian;
    }
}
