using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Help;

/// <summary>
/// The helper's side panel: where the learner is and which quiz questions they got wrong lately. Two queries; the
/// page has already checked that the viewer may see the conversation.
/// </summary>
public sealed class HelpLearnerPanel(LearnDbContext db)
{
    public const int MistakesShown = 5;

    public async Task<LearnerPanelFacts> ForAsync(int learnerId, CancellationToken ct = default)
    {
        var current = await db.LessonProgress.AsNoTracking().Where(p => p.AccountId == learnerId)
            .OrderByDescending(p => p.LastActivityAt).Select(p => p.LessonId).FirstOrDefaultAsync(ct);
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.AccountId == learnerId && a.WrongQuestionIds != "")
            .OrderByDescending(a => a.At).Take(MistakesShown).Select(a => new { a.LessonId, a.At, a.WrongQuestionIds }).ToListAsync(ct);
        return new LearnerPanelFacts(current,
            attempts.Select(a => new RecentMistake(a.LessonId, a.At, a.WrongQuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList());
    }
}
