using Learn.Content.Courses;
using Learn.Content.Quizzes;
using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Errors;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Kader;

/// <summary>What a kader does for their own learners: sign off practical skills, and record a quiz on their behalf.</summary>
public sealed class KaderWorkspace(LearnDbContext db, CourseCatalog courses, TimeProvider time, KaderAccess access, AttemptRecorder recorder)
{
    /// <summary>The practical skills a kader signs off: lessons whose practice task is checked by a kader.</summary>
    public IReadOnlyList<Lesson> Skills() =>
        courses.Current.AllLessons.Where(l => l.IsKaderSignedSkill).ToList();

    public async Task<SkillSignOff> SignOffAsync(Actor actor, int learnerId, string skillId, string? note, CancellationToken ct = default)
    {
        if (!await access.IsTheirKaderAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "Only the learner's own kader may sign off their skills.");
        }

        if (Skills().All(s => s.Id != skillId))
        {
            throw new LearnDomainException("signoff.skill_unknown", "This is not a skill a kader signs off.");
        }

        if (await db.SkillSignOffs.AnyAsync(s => s.LearnerId == learnerId && s.SkillId == skillId, ct))
        {
            throw new LearnDomainException(ErrorKind.Conflict, "signoff.already", "This skill is already signed off.");
        }

        var now = time.GetUtcNow();
        var signOff = new SkillSignOff(learnerId, skillId, actor.Id, now, note ?? string.Empty);
        db.SkillSignOffs.Add(signOff);
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, "tutor.skill_signed_off", learnerId, $"{skillId}: {signOff.Note}"));
        await db.SaveChangesAsync(ct);
        return signOff;
    }

    /// <summary>Assisted mode: the learner's kader records a quiz for someone who cannot use the phone alone; marked and audited as assisted.</summary>
    public async Task<QuizSubmission> RecordAssistedQuizAsync(Actor actor, int learnerId, Lesson lesson, QuizAnswers answers,
        CancellationToken ct = default)
    {
        if (!await access.IsTheirKaderAsync(actor, learnerId, ct))
        {
            throw new LearnDomainException(ErrorKind.Forbidden, "access.denied", "Only the learner's own kader may record progress on their behalf.");
        }

        return await recorder.RecordQuizAsync(learnerId, lesson, answers, assistedByKaderId: actor.Id, ct: ct);
    }
}
