using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Facilitator.Readiness;

public class LearnerStandingsTests
{
    /// <summary>The engine under test; the PostgreSQL subclass runs every test again there.</summary>
    protected virtual string Provider => Learn.Core.Storage.StorageProviders.Sqlite;

    [StorageFact]
    public async Task AfterRandomQuizzesPlacementsMilestonesSignOffsKaderAndSurveysEveryStandingEqualsARecountFromTheRawRows()
    {
        await using var database = await FacilitatorDatabase.CreateAsync(Provider);
        var village = await database.AddVillageAsync("Sidomulyo");
        var kader = await database.AddAccountAsync(Role.Kader, village.Id);
        var learners = new List<Account>();
        for (var i = 0; i < 6; i++)
        {
            learners.Add(await database.AddAccountAsync(Role.Learner, village.Id, $"Peserta {i}", i % 2 == 0 ? Gender.Female : Gender.Male, 1970 + (i * 7)));
        }

        var random = new Random(20261202);
        var course = database.Courses.Current;
        var rule = database.Rules.Current!;
        var lessons = course.AllLessons.ToList();
        var readySeen = false;
        for (var step = 0; step < 120; step++)
        {
            database.Time.Advance(TimeSpan.FromHours(random.Next(1, 60)));
            var learner = learners[random.Next(learners.Count)];
            var now = database.Time.GetUtcNow();
            await using (var db = database.NewContext())
            {
                switch (random.Next(10))
                {
                    case < 4:
                        var lesson = lessons[random.Next(lessons.Count)];
                        try
                        {
                            await new AttemptRecorder(db, database.Courses, database.Time).RecordQuizAsync(learner.Id, lesson, Answers(random, lesson));
                        }
                        catch (LearnDomainException e) when (e.Code == "level.locked")
                        {
                            // A closed level records nothing.
                        }

                        break;
                    case 4:
                        db.LevelUnlocks.Add(new LevelUnlock(learner.Id, 1 + random.Next(course.Levels.Count), UnlockMethod.Placement, null, now, "test"));
                        break;
                    case 5:
                        var milestone = rule.Milestones[random.Next(rule.Milestones.Count)];
                        db.Milestones.Add(new Milestone(learner.Id, random.Next(6) == 0 ? "not-in-the-rule" : milestone.Key, now, "test"));
                        break;
                    case 6:
                        db.SkillSignOffs.Add(new SkillSignOff(learner.Id, rule.SignOffs[random.Next(rule.SignOffs.Count)].SkillId, kader.Id, now, "ok"));
                        break;
                    case 7:
                        var assigned = await db.KaderAssignments.SingleOrDefaultAsync(a => a.LearnerId == learner.Id);
                        if (assigned is null)
                        {
                            db.KaderAssignments.Add(new KaderAssignment(learner.Id, kader.Id, false, "test", now, null));
                        }
                        else
                        {
                            db.KaderAssignments.Remove(assigned);
                        }

                        break;
                    case 8:
                        var wave = await db.BusinessSurveys.CountAsync(s => s.LearnerId == learner.Id) + 1;
                        db.BusinessSurveys.Add(new BusinessSurvey(learner.Id, village.Id, wave, now, kader.Id,
                            new SurveyAnswers(random.Next(2) == 0, 1_000_000, 10, [], 0)));
                        break;
                    default:
                        // Many milestones and sign-offs at once, so that some learners do become ready.
                        foreach (var m in rule.Milestones)
                        {
                            db.Milestones.AddRange(Enumerable.Range(0, m.Count).Select(_ => new Milestone(learner.Id, m.Key, now, "test")));
                        }

                        db.SkillSignOffs.AddRange(rule.SignOffs.Select(s => new SkillSignOff(learner.Id, s.SkillId, kader.Id, now, "ok")));
                        db.LevelUnlocks.AddRange(rule.Levels.Where(_ => random.Next(4) > 0)
                            .Select(n => new LevelUnlock(learner.Id, n, UnlockMethod.Placement, null, now, "test")));
                        break;
                }

                await db.SaveChangesAsync();
            }

            var read = await StandingsAsync(database);
            Assert.Equal(await RecountAsync(database), read);
            readySeen |= read.Any(s => s.Ready);
        }

        Assert.True(readySeen, "Nobody became ready in the random walk; readiness was never compared.");
    }

    [StorageFact]
    public async Task ALearnerWhoseRollUpIsMissingOrWasCountedForOtherLessonCountsIsCountedFromTheirLevelRows()
    {
        await using var database = await FacilitatorDatabase.CreateAsync(Provider);
        var village = await database.AddVillageAsync("Sidomulyo");
        var learner = await database.AddAccountAsync(Role.Learner, village.Id);
        var level = database.Courses.Current.FindLevel(1)!;
        await using (var db = database.NewContext())
        {
            var recorder = new AttemptRecorder(db, database.Courses, database.Time);
            foreach (var lesson in level.Lessons)
            {
                await recorder.RecordQuizAsync(learner.Id, lesson, Answers(new Random(1), lesson, alwaysRight: true));
            }
        }

        var fresh = Assert.Single(await StandingsAsync(database));
        Assert.Equal("1", fresh.Levels);
        await using (var db = database.NewContext())
        {
            // As if the roll-up had been counted when level 1 had another number of lessons.
            Assert.Equal(1, await db.LearnerProgressSummaries.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.MasteredFor, "another-course")
                .SetProperty(r => r.MasteredLevels, 0L)));
        }

        Assert.Equal(fresh, Assert.Single(await StandingsAsync(database)));
        await using (var db = database.NewContext())
        {
            // As if the table had just been created, before a rebuild.
            Assert.Equal(1, await db.LearnerProgressSummaries.ExecuteDeleteAsync());
        }

        Assert.Equal(fresh, Assert.Single(await StandingsAsync(database)));
    }

    private static async Task<List<Standing>> StandingsAsync(FacilitatorDatabase database)
    {
        await using var db = database.NewContext();
        var standings = new LearnerStandings(db, database.Courses, database.Rules, database.Time);
        return (await standings.ForAsync(db.Accounts.Where(a => a.Role == Role.Learner)))
            .Select(s => new Standing(s.Id, s.VillageId, s.Gender, s.BirthYear, string.Join(",", s.MasteredLevels.Order()), s.CurrentLevel,
                s.IsReady, s.SellsOnline, s.LastActivity, s.ConsecutiveFailures, s.Stuck))
            .OrderBy(s => s.Id)
            .ToList();
    }

    /// <summary>Every learner's standing counted from the raw progress, unlock, milestone, sign-off, survey and kader rows.</summary>
    private static async Task<List<Standing>> RecountAsync(FacilitatorDatabase database)
    {
        await using var db = database.NewContext();
        var course = database.Courses.Current;
        var rule = database.Rules.Current!;
        var now = database.Time.GetUtcNow();
        var levelNumbers = course.Levels.Select(l => l.Number).Order().ToList();
        var progress = (await db.LessonProgress.AsNoTracking().ToListAsync()).ToLookup(p => p.AccountId);
        var placed = (await db.LevelUnlocks.AsNoTracking().Where(u => u.Method == UnlockMethod.Placement).ToListAsync()).ToLookup(u => u.AccountId);
        var milestones = (await db.Milestones.AsNoTracking().ToListAsync()).ToLookup(m => m.LearnerId);
        var signOffs = (await db.SkillSignOffs.AsNoTracking().ToListAsync()).ToLookup(s => s.LearnerId);
        var surveys = (await db.BusinessSurveys.AsNoTracking().ToListAsync()).ToLookup(s => s.LearnerId);
        var assigned = (await db.KaderAssignments.AsNoTracking().ToListAsync()).Select(a => a.LearnerId).ToHashSet();
        var result = new List<Standing>();
        foreach (var a in await db.Accounts.AsNoTracking().Where(a => a.Role == Role.Learner).OrderBy(a => a.Id).ToListAsync())
        {
            var rows = progress[a.Id].ToList();
            var mastered = rows.Where(p => p.IsMastered).Select(p => p.LessonId).ToHashSet(StringComparer.Ordinal);
            var levels = course.Levels.Where(l => l.Lessons.All(x => mastered.Contains(x.Id))
                    && rows.Any(p => p.LevelNumber == l.Number))
                .Select(l => l.Number)
                .Concat(placed[a.Id].Select(u => u.LevelNumber))
                .ToHashSet();
            var ready = rule.Levels.All(levels.Contains)
                && rule.Milestones.All(m => milestones[a.Id].Count(x => x.Key == m.Key) >= m.Count)
                && rule.SignOffs.All(s => signOffs[a.Id].Any(x => x.SkillId == s.SkillId));
            DateTimeOffset? last = rows.Count == 0 ? null : rows.Max(p => p.LastActivityAt);
            var failures = rows.Count == 0 ? 0 : rows.Max(p => p.IsMastered ? 0 : p.ConsecutiveFailures);
            var selling = surveys[a.Id].OrderByDescending(s => s.Wave).FirstOrDefault()?.SellsOnline ?? false;
            var stuck = StuckRule.Reasons(new StuckFacts(a.CreatedAt, last, failures, ready, a.IsActive, assigned.Contains(a.Id), false), now);
            result.Add(new Standing(a.Id, a.VillageId!.Value, a.Gender, a.BirthYear, string.Join(",", levels.Order()),
                levelNumbers.FirstOrDefault(n => !levels.Contains(n), levelNumbers.Count + 1), ready, selling, last, failures, stuck));
        }

        return result;
    }

    private static QuizAnswers Answers(Random random, Lesson lesson, bool alwaysRight = false)
    {
        var answers = new QuizAnswers();
        foreach (var question in lesson.Indonesian.Quiz.Questions)
        {
            IEnumerable<string> picks = alwaysRight || random.Next(3) > 0 ? question.CorrectOptionIds : [question.Options[random.Next(question.Options.Count)].Id];
            foreach (var option in picks)
            {
                answers.Pick(question.Id, option);
            }
        }

        return answers;
    }

    private sealed record Standing(int Id, int VillageId, Gender Gender, int? BirthYear, string Levels, int CurrentLevel, bool Ready,
        bool Selling, DateTimeOffset? LastActivity, int Failures, StuckReason Stuck);
}
