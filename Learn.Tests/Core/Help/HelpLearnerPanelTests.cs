using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Lessons;
using Learn.Tests.Core.Facilitator.Readiness;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Core.Help;

public sealed class HelpLearnerPanelTests
{
    [StorageFact]
    public async Task TheHelperSeesTheLessonTheLearnerTouchedLastAndOnlyTheirFiveLatestAttemptsWithWrongAnswers()
    {
        await using var database = await FacilitatorDatabase.CreateAsync();
        var village = await database.AddVillageAsync("Sidomulyo");
        var learner = await database.AddAccountAsync(Role.Learner, village.Id, "Siti");
        var other = await database.AddAccountAsync(Role.Learner, village.Id, "Rina");
        var now = database.Time.GetUtcNow();
        await using (var db = database.NewContext())
        {
            var earlier = new LessonProgress(learner.Id, "kenali", 1);
            earlier.RecordAttempt(0, passed: false, now.AddDays(-2));
            var later = new LessonProgress(learner.Id, "foto", 1);
            later.RecordAttempt(0, passed: false, now.AddDays(-1));
            db.LessonProgress.AddRange(earlier, later);
            for (var i = 0; i < 7; i++)
            {
                db.QuizAttempts.Add(new QuizAttempt(learner.Id, "kenali", now.AddHours(-i), 1, 3, false, [$"q{i}", "q9"], null));
            }

            db.QuizAttempts.Add(new QuizAttempt(learner.Id, "kenali", now.AddMinutes(1), 3, 3, true, [], null));
            db.QuizAttempts.Add(new QuizAttempt(other.Id, "kenali", now.AddMinutes(2), 0, 3, false, ["q1"], null));
            await db.SaveChangesAsync();
        }

        await using var context = database.NewContext();
        var facts = await new HelpLearnerPanel(context).ForAsync(learner.Id);

        Assert.Equal("foto", facts.CurrentLessonId);
        Assert.Equal([now, now.AddHours(-1), now.AddHours(-2), now.AddHours(-3), now.AddHours(-4)], facts.Mistakes.Select(m => m.At));
        Assert.Equal(["q0", "q9"], facts.Mistakes[0].WrongQuestionIds);
        Assert.Null((await new HelpLearnerPanel(context).ForAsync(other.Id + 1000)).CurrentLessonId);
    }
}
