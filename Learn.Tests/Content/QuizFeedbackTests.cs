using Learn.Content.Courses;

namespace Learn.Tests.Content;

/// <summary>
/// The lesson page says "Benar." / "Kurang tepat." before a picked option's feedback and "(pilih semua yang benar)"
/// after a question with several right answers; the shipped quizzes must not say either a second time.
/// </summary>
public sealed class QuizFeedbackTests
{
    private static readonly CourseSnapshot Course =
        new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot
        ?? throw new InvalidOperationException("The shipped curriculum does not load; run `courses check`.");

    private static readonly string[] RightWords = ["Benar.", "Right."];
    private static readonly string[] WrongWords = ["Bukan.", "Tidak.", "No.", "Kurang tepat.", "Not quite."];

    [Fact]
    public void NoFeedbackRepeatsTheVerdictThePageAlreadyGives()
    {
        var repeated = (from lesson in Course.AllLessons
                        from version in lesson.Versions.Values
                        from question in version.Quiz.Questions
                        from option in question.Options
                        let feedback = option.FeedbackHtml.TrimStart()
                        where (option.IsCorrect ? RightWords : WrongWords).Any(w => feedback.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                        select $"{lesson.Id} {question.Id}{option.Id}: {feedback}").ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void AQuestionWithSeveralRightAnswersDoesNotSayChooseAllInItsOwnText()
    {
        var questions = (from lesson in Course.AllLessons
                         from version in lesson.Versions.Values
                         from question in version.Quiz.Questions
                         where question.IsMultipleChoice
                         select (lesson.Id, question)).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.DoesNotContain("pilih semua yang benar", q.question.TextHtml, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("choose all that are right", q.question.TextHtml, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void FeedbackThatOnlyStartsLikeAVerdictKeepsItsWords()
    {
        // "Benar, tetapi ..." is an explanation, not a bare verdict: nothing is cut from it.
        var kept = Course.AllLessons.SelectMany(l => l.Indonesian.Quiz.Questions).SelectMany(q => q.Options)
            .Where(o => o.FeedbackHtml.StartsWith("Benar,", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(kept);
    }
}
