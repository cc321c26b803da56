using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Xunit.Abstractions;

namespace Learn.Tests.Content;

/// <summary>
/// Whether the shipped quizzes can be passed without reading. Position is judged on what a learner sees
/// (options shuffled per learner and attempt); length is judged in the source, since a shuffle cannot hide it.
/// Thresholds: the keyed option is shown first at most 40% of the time and, in "choose all", only the last
/// shown option is wrong at most 25% of the time (chance is about 32% and 20% for these quizzes); the keyed
/// option of a single-answer question is strictly the longest in at most a third of them (about chance for
/// three options; 66% before the quizzes were rewritten).
/// </summary>
public sealed partial class QuizBiasTests(ITestOutputHelper output)
{
    private const double MaxShownFirst = 0.40;
    private const double MaxShownOnlyLastWrong = 0.25;
    private const double MaxStrictlyLongest = 1.0 / 3;
    private const int Learners = 60;

    private static readonly CourseSnapshot Course = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;

    private static IEnumerable<(Lesson Lesson, QuizQuestion Question)> Questions() =>
        Course.AllLessons.Concat(Course.Levels.Select(l => l.Placement).OfType<Lesson>()).SelectMany(l => l.Indonesian.Quiz.Questions.Select(q => (l, q)));

    [Fact]
    public void WhatALearnerSeesDoesNotGiveTheAnswerAwayByPosition()
    {
        var single = Questions().Where(x => !x.Question.IsMultipleChoice).ToList();
        var multi = Questions().Where(x => x.Question.IsMultipleChoice).ToList();
        var sourceFirst = Rate(single, x => x.Question.Options[0].IsCorrect);
        var sourceLastWrong = Rate(multi, x => OnlyLastWrong(x.Question.Options));
        var shownFirst = Rate(Shown(single), options => options[0].IsCorrect);
        var shownLastWrong = Rate(Shown(multi), OnlyLastWrong);

        output.WriteLine($"single-answer questions: {single.Count}; keyed option first: {Percent(sourceFirst)} as written, " +
            $"{Percent(shownFirst)} as shown to {Learners} learners");
        output.WriteLine($"choose-all questions: {multi.Count}; only the last option wrong: {Percent(sourceLastWrong)} as written, " +
            $"{Percent(shownLastWrong)} as shown");
        Assert.True(shownFirst <= MaxShownFirst, $"keyed option shown first {Percent(shownFirst)} > {Percent(MaxShownFirst)}");
        Assert.True(shownLastWrong <= MaxShownOnlyLastWrong, $"only the last shown option wrong {Percent(shownLastWrong)} > {Percent(MaxShownOnlyLastWrong)}");
    }

    [Fact]
    public void NoKeyedAnswerStandsOutByItsLength()
    {
        var single = Questions().Where(x => !x.Question.IsMultipleChoice).ToList();
        var strictly = single.Where(x => KeyedIsLongest(x.Question, strictly: true)).ToList();
        var longestRate = (double)strictly.Count / single.Count;
        var tiedRate = Rate(single, x => KeyedIsLongest(x.Question, strictly: false));

        output.WriteLine($"single-answer questions: {single.Count}; keyed option strictly the longest: {Percent(longestRate)}, " +
            $"longest or tied: {Percent(tiedRate)}");
        foreach (var (lesson, question) in strictly)
        {
            output.WriteLine($"  {lesson.Id} {question.Id}");
        }

        Assert.True(longestRate <= MaxStrictlyLongest, $"keyed option strictly the longest in {Percent(longestRate)} > {Percent(MaxStrictlyLongest)}");
    }

    private static List<IReadOnlyList<QuizOption>> Shown(IEnumerable<(Lesson Lesson, QuizQuestion Question)> questions) =>
        [.. questions.SelectMany(x => Enumerable.Range(1, Learners)
            .Select(learner => OptionShuffle.Order(x.Question, OptionShuffle.Seed(learner, x.Lesson.Id, 1))))];

    private static bool OnlyLastWrong(IReadOnlyList<QuizOption> options) =>
        !options[^1].IsCorrect && options.Take(options.Count - 1).All(o => o.IsCorrect);

    private static bool KeyedIsLongest(QuizQuestion question, bool strictly)
    {
        var keyed = question.Options.Single(o => o.IsCorrect);
        var length = Length(keyed);
        return question.Options.Where(o => o != keyed).All(o => strictly ? length > Length(o) : length >= Length(o));
    }

    private static int Length(QuizOption option) => WebUtility.HtmlDecode(Tag().Replace(option.TextHtml, string.Empty)).Trim().Length;

    private static double Rate<T>(IReadOnlyCollection<T> items, Func<T, bool> test) => items.Count == 0 ? 0 : (double)items.Count(test) / items.Count;

    private static string Percent(double rate) => rate.ToString("P0", CultureInfo.InvariantCulture);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
