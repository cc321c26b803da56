using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Tests.Core.Facilitator.Readiness;

namespace Learn.Tests.Core.Kader;

public sealed class StuckRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static StuckFacts Facts(int failures = 0, double idleDays = 0, bool ready = false, bool hasKader = true, bool help = false,
        bool active = true) =>
        new(Now.AddDays(-30), Now.AddDays(-idleDays), failures, ready, active, hasKader, help);

    [Theory]
    [InlineData(3, 0, false, true, false, StuckReason.RepeatedFailures)]
    [InlineData(2, 0, false, true, false, StuckReason.None)]
    [InlineData(0, 7, false, true, false, StuckReason.NoProgress)]
    [InlineData(0, 6.9, false, true, false, StuckReason.None)]
    [InlineData(0, 0, false, false, false, StuckReason.NoKader)]
    [InlineData(0, 0, false, true, true, StuckReason.HelpUnanswered)]
    [InlineData(3, 9, true, false, false, StuckReason.None)]
    [InlineData(0, 0, true, true, true, StuckReason.HelpUnanswered)]
    public void ALearnerIsStuckForEachReasonThatHolds(int failures, double idleDays, bool ready, bool hasKader, bool help, StuckReason expected) =>
        Assert.Equal(expected, StuckRule.Reasons(Facts(failures, idleDays, ready, hasKader, help), Now));

    [Fact]
    public void ADeactivatedLearnerWithoutAKaderIsNotStuckForLackOfOne() =>
        Assert.Equal(StuckReason.None, StuckRule.Reasons(Facts(hasKader: false, active: false), Now));

    [Fact]
    public void ANewLearnerWhoNeverStartedIsStuckAWeekAfterRegistering()
    {
        var facts = new StuckFacts(Now.AddDays(-7), null, 0, false, true, true, false);
        Assert.Equal(StuckReason.NoProgress, StuckRule.Reasons(facts, Now));
        Assert.Equal(StuckReason.None, StuckRule.Reasons(facts with { RegisteredAt = Now.AddDays(-6) }, Now));
    }

    [Fact]
    public async Task TheKadersListAndTheDashboardAgreeOnWhoIsStuckAndWhy()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var facilitator = await database.AddAccountAsync(Role.Facilitator, village.Id);
        var kader = await database.AddAccountAsync(Role.Kader, village.Id);
        var learners = new List<Account>();
        for (var i = 0; i < 12; i++)
        {
            learners.Add(await database.AddAccountAsync(Role.Learner, village.Id, $"Peserta {i:D2}"));
        }

        var random = new Random(7);
        await using (var db = database.NewContext())
        {
            foreach (var learner in learners.Where(_ => random.Next(3) > 0))
            {
                db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", database.Time.GetUtcNow(), null));
            }

            await db.SaveChangesAsync();
        }

        var kenali = database.Courses.Current.FindLesson("kenali")!;
        var wrong = new Learn.Content.Quizzes.QuizAnswers().Pick("q1", kenali.Indonesian.Quiz.Questions[0].Options.First(o => !o.IsCorrect).Id);
        foreach (var learner in learners)
        {
            for (var tries = random.Next(5); tries > 0; tries--)
            {
                await using var db = database.NewContext();
                await new AttemptRecorder(db, database.Courses, database.Time).RecordQuizAsync(learner.Id, kenali, wrong);
            }

            database.Time.Advance(TimeSpan.FromDays(random.Next(3)));
        }

        await using var context = database.NewContext();
        var standings = new LearnerStandings(context, database.Courses, database.Rules, database.Time);
        var list = await new KaderLearnerList(context, new AccessPolicy(context), database.Courses, standings)
            .ReadAsync(new Actor(facilitator.Id, Role.Facilitator), null, 1);
        var dashboard = await new FacilitatorDashboard(context, database.Courses, standings, database.Time)
            .StandingsAsync(new DashboardFilter([village.Id]));

        Assert.Equal(12, list.Rows.Count);
        Assert.Equal(dashboard.Where(s => s.Stuck != StuckReason.None).Select(s => s.Id).Order(),
            list.Rows.Where(r => r.IsStuck).Select(r => r.Id).Order());
        Assert.Contains(dashboard, s => s.Stuck.HasFlag(StuckReason.RepeatedFailures));
        Assert.Contains(dashboard, s => s.Stuck.HasFlag(StuckReason.NoKader));
        Assert.Contains(dashboard, s => s.Stuck == StuckReason.None);
    }
}
