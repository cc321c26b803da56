using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Privacy;
using Learn.Core.Help;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Offline;
using Learn.Core.Storage;
using Learn.Tests.Core.Facilitator.Readiness;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Lessons;

public sealed class ProgressSummariesTests
{
    [Fact]
    public async Task AfterRandomQuizzesSyncsAndDeletionsTheSummariesEqualARecountFromTheRawRows()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var villages = new[] { await database.AddVillageAsync("Sidomulyo"), await database.AddVillageAsync("Kauman") };
        var facilitator = await database.AddAccountAsync(Role.Facilitator, villages[0].Id);
        await using (var link = database.NewContext())
        {
            link.FacilitatorVillages.Add(new FacilitatorVillage(facilitator.Id, villages[1].Id));
            await link.SaveChangesAsync();
        }

        var learners = new List<Account>();
        for (var i = 0; i < 6; i++)
        {
            learners.Add(await database.AddAccountAsync(Role.Learner, villages[i % 2].Id));
        }

        var random = new Random(20261201);
        var lessons = database.Courses.Current.AllLessons.ToList();
        for (var step = 0; step < 80; step++)
        {
            database.Time.Advance(TimeSpan.FromMinutes(random.Next(1, 600)));
            var learner = learners[random.Next(learners.Count)];
            await using var db = database.NewContext();
            var recorder = new AttemptRecorder(db, database.Courses, database.Time);
            switch (random.Next(10))
            {
                case < 6:
                    var lesson = lessons[random.Next(lessons.Count)];
                    try
                    {
                        await recorder.RecordQuizAsync(learner.Id, lesson, RandomAnswers(random, lesson));
                    }
                    catch (LearnDomainException e) when (e.Code == "level.locked")
                    {
                        // A closed level records nothing; the summaries must not move either.
                    }

                    break;
                case < 9:
                    var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                    {
                        var offline = lessons[random.Next(lessons.Count)];
                        return new SyncItem(Guid.NewGuid().ToString("N"), offline.Id,
                            RandomAnswers(random, offline).Picked.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToList()),
                            database.Time.GetUtcNow().AddMinutes(-random.Next(0, 300)));
                    }).ToList();
                    await new SyncService(db, recorder, database.Time).SyncAsync(learner.Id, items);
                    break;
                default:
                    var privacy = new LearnerDataService(db, new AccessPolicy(db), database.Time, [],
                        new InMemoryHelpLiveState(database.Time), new ProgressSummaries(db, database.Courses),
                        new AccountSessions(db, new SessionCheckCache(database.Time, Microsoft.Extensions.Options.Options.Create(new AccountOptions())), database.Time),
                        new SignInGuard(db, database.Time, Microsoft.Extensions.Options.Options.Create(new AccountOptions())),
                        new HelpFiles(new LocalFolderFileStore(TestPaths.NewTempFolder("files"))));
                    await privacy.DeleteAsync(new Actor(facilitator.Id, Role.Facilitator), learner.Id);
                    learners.Remove(learner);
                    learners.Add(await database.AddAccountAsync(Role.Learner, villages[random.Next(2)].Id));
                    break;
            }

            await AssertSummariesEqualRecountAsync(database);
        }

        await using var check = database.NewContext();
        Assert.True(await check.LearnerLevelSummaries.AnyAsync(), "The random walk recorded nothing; the test proved nothing.");
        Assert.True(await check.LearnerProgressSummaries.AnyAsync(l => l.MasteredLevels != 0), "No level was mastered; the mastered levels were never compared.");
        Assert.True(await check.VillageQuestionSummaries.AnyAsync(), "No wrong answers were counted.");
    }

    [Fact]
    public async Task ARebuildCountsProgressWrittenAsRowsAndChangesNothingAfterward()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var learner = await database.AddAccountAsync(Role.Learner, village.Id);
        var kenali = database.Courses.Current.FindLesson("kenali")!;
        await using (var db = database.NewContext())
        {
            var row = new LessonProgress(learner.Id, kenali.Id, 1);
            row.RecordAttempt(0, passed: false, database.Time.GetUtcNow());
            db.LessonProgress.Add(row);
            db.QuizAttempts.Add(new QuizAttempt(learner.Id, kenali.Id, database.Time.GetUtcNow(), 0, 2, false, ["q1", "q2"], null));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal((1, 1, 2), await new ProgressSummaries(db, database.Courses).RebuildAsync());
        }

        await AssertSummariesEqualRecountAsync(database);
        await using var read = database.NewContext();
        var summary = await read.LearnerLevelSummaries.SingleAsync();
        Assert.Equal((1, 0, 1, 1), (summary.Attempts, summary.MasteredLessons, summary.FailuresInARow, summary.LevelNumber));
    }

    private static QuizAnswers RandomAnswers(Random random, Lesson lesson)
    {
        var answers = new QuizAnswers();
        foreach (var question in lesson.Indonesian.Quiz.Questions)
        {
            // Mostly right, so levels open and placement checks pass now and then.
            var picks = random.Next(3) > 0
                ? question.CorrectOptionIds
                : question.IsMultipleChoice
                    ? question.Options.Where(_ => random.Next(2) == 0).Select(o => o.Id).DefaultIfEmpty(question.Options[0].Id)
                    : [question.Options[random.Next(question.Options.Count)].Id];
            foreach (var option in picks)
            {
                answers.Pick(question.Id, option);
            }
        }

        return answers;
    }

    private static async Task AssertSummariesEqualRecountAsync(FacilitatorDatabase database)
    {
        await using var db = database.NewContext();
        var summaries = new ProgressSummaries(db, database.Courses);
        var levels = await db.LearnerLevelSummaries.AsNoTracking().ToListAsync();
        Assert.Equal(Levels(await summaries.RecountLearnerLevelsAsync()), Levels(levels));
        Assert.Equal(Learners(await summaries.RecountLearnersAsync()), Learners(await db.LearnerProgressSummaries.AsNoTracking().ToListAsync()));
        var (lessons, questions) = await summaries.RecountVillagesAsync();
        Assert.Equal(Lessons(lessons), Lessons(await db.VillageLessonSummaries.AsNoTracking().ToListAsync()));
        Assert.Equal(Questions(questions), Questions(await db.VillageQuestionSummaries.AsNoTracking().ToListAsync()));

        // The counter on each progress row is the number of attempts stored for it.
        var drift = await db.LessonProgress.AsNoTracking()
            .Where(p => p.Attempts != db.QuizAttempts.Count(a => a.AccountId == p.AccountId && a.LessonId == p.LessonId))
            .CountAsync();
        Assert.Equal(0, drift);
    }

    private static List<(int, int, int, int, int, DateTimeOffset)> Levels(IEnumerable<LearnerLevelSummary> rows) =>
        rows.Select(s => (s.AccountId, s.LevelNumber, s.MasteredLessons, s.Attempts, s.FailuresInARow, s.LastActivityAt)).Order().ToList();

    private static List<(int, long, string, int, DateTimeOffset)> Learners(IEnumerable<LearnerProgressSummary> rows) =>
        rows.Select(s => (s.AccountId, s.MasteredLevels, s.MasteredFor, s.FailuresInARow, s.LastActivityAt)).Order().ToList();

    private static List<(int, string, int)> Lessons(IEnumerable<VillageLessonSummary> rows) =>
        rows.Select(s => (s.VillageId, s.LessonId, s.Attempts)).Order().ToList();

    private static List<(int, string, string, int)> Questions(IEnumerable<VillageQuestionSummary> rows) =>
        rows.Select(s => (s.VillageId, s.LessonId, s.QuestionId, s.WrongAnswers)).Order().ToList();
}
