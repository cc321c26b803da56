using Learn.Content.Courses;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Shop;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Web.Facilitator;

/// <summary>Writes the evidence a readiness rule asks for straight into the database, as the kader and shop features would.</summary>
public static class ReadinessSeed
{
    public static async Task MakeReadyAsync(LearnDbContext db, CourseSnapshot course, ReadinessRule rule, int learnerId, int kaderId,
        DateTimeOffset at)
    {
        foreach (var lesson in rule.Levels.SelectMany(n => course.FindLevel(n)!.Lessons))
        {
            var progress = new LessonProgress(learnerId, lesson.Id, lesson.LevelNumber);
            progress.RecordAttempt(lesson.QuestionCount, passed: true, at);
            db.LessonProgress.Add(progress);
            db.QuizAttempts.Add(new QuizAttempt(learnerId, lesson.Id, at, lesson.QuestionCount, lesson.QuestionCount, true, [], null));
        }

        foreach (var milestone in rule.Milestones)
        {
            for (var i = 0; i < milestone.Count; i++)
            {
                db.Milestones.Add(new Milestone(learnerId, milestone.Key, at.AddMinutes(i), milestone.Key == ShopService.MilestoneListing
                    ? MilestoneEvidence.ForListing("Keripik singkong", i + 1, 1)
                    : MilestoneEvidence.ForRun(milestone.Key == ShopService.MilestoneScamRefused ? "fake-transfer-receipt" : "first-order", i + 1, 7, i + 1)));
            }
        }

        foreach (var skill in rule.SignOffs)
        {
            db.SkillSignOffs.Add(new SkillSignOff(learnerId, skill.SkillId, kaderId, at.AddHours(1), "Dikerjakan sendiri dengan rapi"));
        }

        await db.SaveChangesAsync();
        // Written as rows, not through the recorder: bring the learner's level summaries (what the dashboard reads) up to date.
        await ProgressSummaries.RefreshAsync(db, course, learnerId, await db.LessonProgress.Where(p => p.AccountId == learnerId).ToListAsync());
        await db.SaveChangesAsync();
    }
}
