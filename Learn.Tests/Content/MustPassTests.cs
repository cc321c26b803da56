using Learn.Content.Courses;
using Learn.Content.Markdown.Extensions.Quiz;
using Learn.Content.Quizzes;

namespace Learn.Tests.Content;

/// <summary>The <c>must: true</c> line under a question: parsed, checked, and graded as must-pass.</summary>
public sealed class MustPassTests
{
    private static (Quiz Quiz, IReadOnlyList<QuizSyntax.Problem> Problems) Parse(string text) =>
        QuizSyntax.Parse([.. text.Split('\n').Select((line, i) => (i + 1, line))], s => s);

    private const string TwoQuestions = """
        ? Ada file .apk dari nomor tak dikenal. Apa yang Anda lakukan?
        must: true
        - [ ] Membukanya
          > Jangan, file itu bisa mencuri SMS.
        - [x] Menghapusnya
          > Benar.
        ? Apa itu resi?
        - [x] Nomor paket
          > Benar.
        - [ ] Kode OTP
          > OTP rahasia.
        """;

    [Fact]
    public void AMustLineMarksOnlyItsOwnQuestion()
    {
        var (quiz, problems) = Parse(TwoQuestions);

        Assert.Empty(problems);
        Assert.Equal([true, false], quiz.Questions.Select(q => q.MustPass));
    }

    [Fact]
    public void AQuizWithEnoughRightAnswersButAWrongMustPassQuestionIsNotPassed()
    {
        var quiz = Parse(TwoQuestions).Quiz;

        var wrongMust = QuizGrader.Grade(quiz, new QuizAnswers().Pick("q1", "a").Pick("q2", "a"), new MasteryRule(1));
        var rightMust = QuizGrader.Grade(quiz, new QuizAnswers().Pick("q1", "b").Pick("q2", "b"), new MasteryRule(1));

        Assert.Equal(1, wrongMust.CorrectCount);
        Assert.False(wrongMust.Passed);
        Assert.Equal(["q1"], wrongMust.MissedMustPass.Select(q => q.Id));
        Assert.True(rightMust.Passed);
    }

    [Theory]
    [InlineData("? Soal\n- [x] A\n  > a\nmust: true\n- [ ] B\n  > b", 4, "'must:' goes on the line right under its question")]
    [InlineData("? Soal\nmust: ya\n- [x] A\n  > a\n- [ ] B\n  > b", 2, "'must:' is true or false, not 'ya'")]
    public void AMisplacedOrMisspelledMustLineIsAProblemWithItsLine(string text, int line, string message)
    {
        var problem = Assert.Single(Parse(text).Problems);

        Assert.Equal(line, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedPlacementChecksMarkTheirSafetyQuestionsInBothLanguages()
    {
        var course = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;
        var basics = course.FindLevel(1)!.Placement!;

        Assert.Equal(3, basics.Indonesian.Quiz.Questions.Count(q => q.MustPass));
        Assert.Contains(basics.Indonesian.Quiz.Questions, q => q.MustPass && q.TextHtml.Contains(".apk", StringComparison.Ordinal));
        Assert.Contains(basics.Indonesian.Quiz.Questions, q => q.MustPass && q.TextHtml.Contains("OTP", StringComparison.Ordinal));
        Assert.Contains(basics.Indonesian.Quiz.Questions, q => q.MustPass && q.TextHtml.Contains("PIN", StringComparison.Ordinal));
        Assert.Equal(basics.Indonesian.Quiz.Questions.Select(q => q.MustPass), basics.In("en").Quiz.Questions.Select(q => q.MustPass));
        Assert.Contains(course.FindLevel(4)!.Placement!.Indonesian.Quiz.Questions, q => q.MustPass);
    }
}
