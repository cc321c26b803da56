using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;

namespace Learn.Web.Facilitator;

/// <summary>A quiz question as plain text for tables and CSV (the course renders questions to HTML).</summary>
public static partial class QuestionText
{
    public static string Of(CourseSnapshot course, string lessonId, string questionId, string language)
    {
        var html = course.FindLesson(lessonId)?.In(language).Quiz.Find(questionId)?.TextHtml;
        return html is null ? questionId : WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();
    }

    public static string LessonTitle(CourseSnapshot course, string lessonId, string language) =>
        course.FindLesson(lessonId)?.In(language).Title ?? lessonId;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
