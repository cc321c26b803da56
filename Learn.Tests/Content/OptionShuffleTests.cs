using Learn.Content.Courses;
using Learn.Content.Quizzes;

namespace Learn.Tests.Content;

public sealed class OptionShuffleTests
{
    private static readonly List<QuizQuestion> Questions = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch)
        .Snapshot!.AllLessons.SelectMany(l => l.Indonesian.Quiz.Questions).Where(q => q.Options.Count >= 3).ToList();

    private static string Ids(QuizQuestion question, string seed) => string.Concat(OptionShuffle.Order(question, seed).Select(o => o.Id));

    [Fact]
    public void OneLearnersAttemptAlwaysSeesTheSameOrder()
    {
        var seed = OptionShuffle.Seed(42, "kenali-ponsel", 3);

        Assert.All(Questions, q => Assert.Equal(Ids(q, seed), Ids(q, OptionShuffle.Seed(42, "kenali-ponsel", 3))));
    }

    [Fact]
    public void ANewAttemptOrAnotherLearnerUsuallySeesAnotherOrder()
    {
        var first = OptionShuffle.Seed(42, "kenali-ponsel", 1);
        var next = OptionShuffle.Seed(42, "kenali-ponsel", 2);
        var other = OptionShuffle.Seed(43, "kenali-ponsel", 1);

        Assert.True(Questions.Count(q => Ids(q, first) != Ids(q, next)) > Questions.Count / 2);
        Assert.True(Questions.Count(q => Ids(q, first) != Ids(q, other)) > Questions.Count / 2);
    }

    [Fact]
    public void AnonymousReadersShareOneStableOrderAndEveryOptionIsShownOnce()
    {
        var seed = OptionShuffle.Seed(null, "kenali-ponsel", 7);

        Assert.Equal(seed, OptionShuffle.Seed(null, "kenali-ponsel", 1));
        Assert.All(Questions, q => Assert.Equal(q.Options.Select(o => o.Id).Order(), OptionShuffle.Order(q, seed).Select(o => o.Id).Order()));
        Assert.Contains(Questions, q => Ids(q, seed) != string.Concat(q.Options.Select(o => o.Id)));
    }
}
