using Learn.Content.Courses;
using Learn.Content.Quizzes;

namespace Learn.Web.Lessons;

/// <summary>
/// The address of a quiz's results after the post (post-redirect-get): the lesson's own address with
/// <c>hasil</c> and the answers under the form's own field names (<c>q1</c>, <c>q2</c>, …), so the
/// results page can be reloaded and shows the answers in the order they were given.
/// </summary>
public static class QuizResults
{
    public const string Flag = "hasil";

    public const string NewlyMasteredFlag = "baru";

    public const string ReplayedFlag = "ulang";

    public static string Url(Lesson lesson, QuizAnswers answers, bool newlyMastered, bool replayed)
    {
        var fields = Fields(lesson, answers);
        if (newlyMastered)
        {
            fields.Add(new(NewlyMasteredFlag, "1"));
        }

        if (replayed)
        {
            fields.Add(new(ReplayedFlag, "1"));
        }

        return $"/belajar/{Uri.EscapeDataString(lesson.Id)}{QueryString.Create(fields)}#kuis";
    }

    /// <summary>The same results address under another page's path (the kader's assisted quiz).</summary>
    public static string Url(string path, Lesson lesson, QuizAnswers answers) => path + QueryString.Create(Fields(lesson, answers));

    private static List<KeyValuePair<string, string?>> Fields(Lesson lesson, QuizAnswers answers)
    {
        var fields = new List<KeyValuePair<string, string?>> { new(Flag, "1") };
        foreach (var question in lesson.Indonesian.Quiz.Questions)
        {
            fields.AddRange(answers.For(question.Id).Order(StringComparer.Ordinal).Select(o => new KeyValuePair<string, string?>(question.Id, o)));
        }

        return fields;
    }

    /// <summary>Only what the page says ("mastered just now"); the record is already written.</summary>
    public static bool IsNewlyMastered(IQueryCollection query) => query[NewlyMasteredFlag] == "1";

    /// <summary>Only what the page says ("this answer was already saved"): the post repeated one already recorded.</summary>
    public static bool IsReplayed(IQueryCollection query) => query[ReplayedFlag] == "1";
}
