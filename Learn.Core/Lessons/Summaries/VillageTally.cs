using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Lessons.Summaries;

/// <summary>
/// Changes to a village's per-lesson and per-question counts, gathered over a write and applied in
/// one go as atomic increments (<c>SET n = n + delta</c>), so writers for different learners of
/// the same village never overwrite each other's counts.
/// </summary>
internal sealed class VillageTally
{
    private readonly Dictionary<(int Village, string Lesson), int> _attempts = new();

    private readonly Dictionary<(int Village, string Lesson, string Question), int> _wrong = new();

    public void Count(int villageId, string lessonId, IEnumerable<string> wrongQuestionIds, int sign = 1)
    {
        _attempts[(villageId, lessonId)] = _attempts.GetValueOrDefault((villageId, lessonId)) + sign;
        foreach (var question in wrongQuestionIds)
        {
            _wrong[(villageId, lessonId, question)] = _wrong.GetValueOrDefault((villageId, lessonId, question)) + sign;
        }
    }

    /// <summary>Increments existing rows now and adds the missing ones to the context, saved with the caller's SaveChanges.</summary>
    public async Task ApplyAsync(LearnDbContext db, CancellationToken ct)
    {
        foreach (var ((village, lesson), delta) in _attempts.Where(x => x.Value != 0))
        {
            var updated = await db.VillageLessonSummaries.Where(s => s.VillageId == village && s.LessonId == lesson)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Attempts, x => x.Attempts + delta), ct);
            if (updated == 0 && delta > 0)
            {
                db.VillageLessonSummaries.Add(new VillageLessonSummary(village, lesson, delta));
            }
        }

        foreach (var ((village, lesson, question), delta) in _wrong.Where(x => x.Value != 0))
        {
            var updated = await db.VillageQuestionSummaries
                .Where(s => s.VillageId == village && s.LessonId == lesson && s.QuestionId == question)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.WrongAnswers, x => x.WrongAnswers + delta), ct);
            if (updated == 0 && delta > 0)
            {
                db.VillageQuestionSummaries.Add(new VillageQuestionSummary(village, lesson, question, delta));
            }
        }

        _attempts.Clear();
        _wrong.Clear();
    }
}
