using Learn.Content.Courses;
using Learn.Content.Quizzes;

namespace Learn.Tests.Content;

public sealed class QuizGraderTests
{
    private static Quiz SampleQuiz() =>
        new CourseLoader().Load(TestPaths.GoodCourses, DateTimeOffset.UnixEpoch).Snapshot!.FindLesson("kenali")!.Indonesian.Quiz;

    [Fact]
    public void AllRightAnswersPassAndEachPickedOptionCarriesItsFeedback()
    {
        var result = QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "b").Pick("q2", "a").Pick("q2", "b"), MasteryRule.All);

        Assert.True(result.Passed);
        Assert.Equal(2, result.CorrectCount);
        Assert.Contains("tombol daya menyalakan layar", result.For("q1")!.PickedOptions.Single().FeedbackHtml);
    }

    [Fact]
    public void AMultipleChoiceQuestionNeedsExactlyTheRightSet()
    {
        var partial = QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "b").Pick("q2", "a"), MasteryRule.All);
        var tooMany = QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "b").Pick("q2", "a").Pick("q2", "b").Pick("q2", "c"), MasteryRule.All);

        Assert.Equal(QuestionOutcome.Wrong, partial.For("q2")!.Outcome);
        Assert.Equal(QuestionOutcome.Wrong, tooMany.For("q2")!.Outcome);
        Assert.False(partial.Passed);
    }

    [Fact]
    public void UnansweredQuestionsCountAsNotAnsweredAndFailTheDefaultRule()
    {
        var result = QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "b"), MasteryRule.All);

        Assert.Equal(QuestionOutcome.NotAnswered, result.For("q2")!.Outcome);
        Assert.False(result.Passed);
        Assert.True(QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "b"), new MasteryRule(1)).Passed);
    }

    [Theory]
    [InlineData("q9", "a")]
    [InlineData("q1", "z")]
    public void AnswersNamingUnknownQuestionsOrOptionsAreRefused(string question, string option)
    {
        Assert.Throws<QuizGradingException>(() =>
            QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick(question, option), MasteryRule.All));
    }

    [Fact]
    public void TwoAnswersToASingleChoiceQuestionAreRefused()
    {
        Assert.Throws<QuizGradingException>(() =>
            QuizGrader.Grade(SampleQuiz(), new QuizAnswers().Pick("q1", "a").Pick("q1", "b"), MasteryRule.All));
    }

    [Theory]
    [InlineData("4/5", true, 4)]
    [InlineData("all", true, null)]
    [InlineData("6/5", false, null)]
    [InlineData("empat", false, null)]
    public void MasteryRulesParse(string text, bool ok, int? required)
    {
        Assert.Equal(ok, MasteryRule.TryParse(text, out var rule, out _));
        if (ok)
        {
            Assert.Equal(required, rule.Required);
        }
    }
}
