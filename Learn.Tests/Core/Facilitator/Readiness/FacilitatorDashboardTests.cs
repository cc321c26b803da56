using Learn.Core.Accounts;
using Learn.Core.Facilitator;
using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Facilitator;

namespace Learn.Tests.Core.Facilitator.Readiness;

public class FacilitatorDashboardTests
{
    /// <summary>The engine under test; the PostgreSQL subclass runs every test again there.</summary>
    protected virtual string Provider => Learn.Core.Storage.StorageProviders.Sqlite;

    [StorageFact]
    public async Task TheDashboardCountsTheFunnelStuckLearnersInclusionAndDifficultQuestions()
    {
        await using var database = await FacilitatorDatabase.CreateAsync(Provider);
        var village = await database.AddVillageAsync("Sidomulyo");
        var elsewhere = await database.AddVillageAsync("Kauman");
        var kader = await database.AddAccountAsync(Role.Kader, village.Id);
        var ready = await database.AddAccountAsync(Role.Learner, village.Id, "Siap", Gender.Female, 1998);
        var idle = await database.AddAccountAsync(Role.Learner, village.Id, "Diam", Gender.Female, 1970);
        var failing = await database.AddAccountAsync(Role.Learner, village.Id, "Gagal", Gender.Male, 1999);
        await database.AddAccountAsync(Role.Learner, elsewhere.Id, "Desa Lain");
        database.Time.Advance(TimeSpan.FromDays(10));
        var fresh = await database.AddAccountAsync(Role.Learner, village.Id, "Baru", Gender.Male, 1960);
        var now = database.Time.GetUtcNow();
        var course = database.Courses.Current;
        var kenali = course.FindLesson("kenali")!;

        await using (var db = database.NewContext())
        {
            await ReadinessSeed.MakeReadyAsync(db, course, database.Rules.Current!, ready.Id, kader.Id, now.AddDays(-1));
            var old = new LessonProgress(idle.Id, "kenali", 1);
            old.RecordAttempt(1, passed: false, now.AddDays(-9));
            db.LessonProgress.Add(old);
            var tries = new LessonProgress(failing.Id, "kenali", 1);
            for (var i = 0; i < 3; i++)
            {
                tries.RecordAttempt(0, passed: false, now.AddHours(-i));
                db.QuizAttempts.Add(new QuizAttempt(failing.Id, "kenali", now.AddHours(-i), 0, kenali.QuestionCount, false,
                    kenali.Indonesian.Quiz.Questions.Select(q => q.Id), null));
            }

            db.LessonProgress.Add(tries);
            db.QuizAttempts.Add(new QuizAttempt(idle.Id, "kenali", now.AddDays(-9), 1, kenali.QuestionCount, false, [kenali.Indonesian.Quiz.Questions[0].Id], null));
            db.BusinessSurveys.Add(new BusinessSurvey(ready.Id, village.Id, 1, now, kader.Id, new SurveyAnswers(true, 3_000_000, 20, [], 1)));
            // Every learner of the village has a kader: a learner without one is stuck for that reason alone (one stuck rule).
            foreach (var learner in new[] { ready, idle, failing, fresh })
            {
                db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", now, null));
            }

            await db.SaveChangesAsync();
            // The rows above were written directly, not through the recorder: count the dashboard's summaries from them.
            await new ProgressSummaries(db, database.Courses).RebuildAsync();
        }

        await using var context = database.NewContext();
        var dashboard = new FacilitatorDashboard(context, database.Courses,
            new LearnerStandings(context, database.Courses, database.Rules, database.Time), database.Time);
        var filter = new DashboardFilter([village.Id]);
        var standings = await dashboard.StandingsAsync(filter);

        Assert.Equal([4, 1, 1, 1, 1], dashboard.Funnel(standings).Select(s => s.Learners));
        Assert.Equal(["registered", "level", "level", "ready", "selling"], dashboard.Funnel(standings).Select(s => s.Key));
        Assert.Equal([(1, 3), (2, 0), (3, 1)], dashboard.PerLevel(standings).Select(l => (l.LevelNumber, l.Learners)));
        var (stuck, total) = await dashboard.StuckAsync(standings, 0, 10);
        Assert.Equal(2, total);
        Assert.Equal([("Diam", StuckReason.NoProgress), ("Gagal", StuckReason.RepeatedFailures)],
            stuck.Select(s => (s.Name, s.Reason)));
        var inclusion = Assert.Single(await dashboard.InclusionAsync(standings));
        Assert.Equal((4, 2, 50, 2, 50, 1, 100), (inclusion.Learners, inclusion.Women, inclusion.WomenPercent, inclusion.Young,
            inclusion.YoungPercent, inclusion.Ready, inclusion.ReadyWomenPercent));
        var questions = await dashboard.DifficultQuestionsAsync(filter);
        var first = questions[0];
        Assert.Equal(("kenali", kenali.Indonesian.Quiz.Questions[0].Id, 4, 5), (first.LessonId, first.QuestionId, first.Wrong, first.Attempts));
        Assert.DoesNotContain(standings, s => s.Id == fresh.Id && s.Stuck != StuckReason.None);
    }
}
