using Learn.Content.Quizzes;

namespace Learn.Tests.Content;

public sealed class QuizFormTests
{
    [Fact]
    public void EachQuestionFieldGivesItsPickedOptionsAndOtherFieldsAreIgnored()
    {
        var answers = QuizForm.Read(new Dictionary<string, string?[]>
        {
            ["q1"] = ["b"],
            ["q2"] = ["a", "c"],
            ["__RequestVerificationToken"] = ["token"],
            ["qq"] = ["x"],
            ["q1000"] = ["x"],
        });

        Assert.Equal(["q1", "q2"], answers.Picked.Keys.Order());
        Assert.Equal(["b"], answers.For("q1"));
        Assert.Equal(["a", "c"], answers.For("q2").Order());
    }

    [Fact]
    public void AnEmptyValueIsKeptForTheGraderToRefuse() =>
        Assert.Equal([""], QuizForm.Read(new Dictionary<string, string?[]> { ["q1"] = [null] }).For("q1"));
}
