using Learn.Content.Courses;
using Learn.Core.Lessons;

namespace Learn.Tests.Core.Lessons;

public sealed class JourneyRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static CourseSnapshot Course() => new CourseLoader().Load(TestPaths.GoodCourses, T0).Snapshot!;

    private static LessonProgress Mastered(int learner, string lesson, DateTimeOffset at, int level = 1)
    {
        var p = new LessonProgress(learner, lesson, level);
        p.RecordAttempt(2, passed: true, at);
        return p;
    }

    [Fact]
    public void ANewLearnerHasOnlyLevelOneOpenAndContinuesWithItsFirstLesson()
    {
        var journey = JourneyRules.Build(Course(), [], []);

        Assert.True(journey.For(1)!.IsUnlocked);
        Assert.False(journey.For(2)!.IsUnlocked);
        Assert.Equal("kenali", journey.ContinueWith!.Id);
        Assert.Equal(1, journey.CurrentLevel);
    }

    [Fact]
    public void TheNextLevelOpensOnlyWhenEveryLessonOfTheLevelBeforeIsMastered()
    {
        var oneOfTwo = JourneyRules.Build(Course(), [Mastered(1, "kenali", T0)], []);
        var both = JourneyRules.Build(Course(), [Mastered(1, "kenali", T0), Mastered(1, "aman", T0)], []);

        Assert.False(oneOfTwo.For(2)!.IsUnlocked);
        Assert.Equal(50, oneOfTwo.For(1)!.Percent);
        Assert.True(both.For(1)!.IsMastered);
        Assert.True(both.For(2)!.IsUnlocked);
        Assert.Equal(2, both.CurrentLevel);
        Assert.Equal("caption", both.ContinueWith!.Id);
    }

    [Fact]
    public void AFailedAttemptDoesNotMasterALesson()
    {
        var p = new LessonProgress(1, "kenali", 1);
        p.RecordAttempt(1, passed: false, T0);

        var journey = JourneyRules.Build(Course(), [p], []);

        Assert.False(journey.IsMastered("kenali"));
        Assert.Equal(1, p.ConsecutiveFailures);
    }

    [Fact]
    public void AStaffUnlockOpensALevelEarlyAndIsShownAsSuch()
    {
        var unlock = new LevelUnlock(1, 2, UnlockMethod.Staff, 9, T0, "sudah lancar");

        var journey = JourneyRules.Build(Course(), [], [unlock]);

        Assert.True(journey.For(2)!.IsUnlocked);
        Assert.Same(unlock, journey.For(2)!.EarlyUnlock);
        Assert.False(journey.For(1)!.IsMastered);
    }

    [Fact]
    public void PassingAPlacementCheckCountsTheLevelAsDoneAndOpensTheNext()
    {
        var placement = new LevelUnlock(1, 1, UnlockMethod.Placement, null, T0, "cek 9/10");

        var journey = JourneyRules.Build(Course(), [], [placement]);

        Assert.True(journey.For(1)!.IsMastered);
        Assert.True(journey.For(2)!.IsUnlocked);
    }

    [Fact]
    public void TheFirstMasteryTimeStandsWhenALaterAttemptPassesAgain()
    {
        var p = new LessonProgress(1, "kenali", 1);
        p.RecordAttempt(1, passed: false, T0);
        p.RecordAttempt(2, passed: true, T0.AddMinutes(5));
        p.RecordAttempt(2, passed: true, T0.AddDays(1));
        p.RecordAttempt(0, passed: false, T0.AddDays(2));

        Assert.Equal(T0.AddMinutes(5), p.MasteredAt);
        Assert.True(p.IsMastered);
        Assert.Equal(4, p.Attempts);
        Assert.Equal(2, p.FailedAttempts);
    }

    [Fact]
    public void AnEarlierPassArrivingLaterMovesTheMasteryTimeBack()
    {
        // Offline answers can arrive after newer ones: the earliest mastery is the true one.
        var p = new LessonProgress(1, "kenali", 1);
        p.RecordAttempt(2, passed: true, T0.AddHours(2));
        p.RecordAttempt(2, passed: true, T0);

        Assert.Equal(T0, p.MasteredAt);
    }
}
