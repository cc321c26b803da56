namespace Learn.Core.Facilitator.Readiness;

/// <summary>
/// A kader watched a learner do a practical skill and signed it off, with a note. Evidence for
/// the readiness checklist ("Siap Jualan Online").
/// </summary>
public sealed class SkillSignOff
{
    private SkillSignOff()
    {
        SkillId = Note = string.Empty;
    }

    public SkillSignOff(int learnerId, string skillId, int kaderId, DateTimeOffset at, string note)
    {
        if (string.IsNullOrWhiteSpace(skillId))
        {
            throw new LearnDomainException("signoff.skill_required", "Name the skill that was signed off.");
        }

        if (note.Length > 1000)
        {
            throw new LearnDomainException("signoff.note_too_long", "The note can be at most 1000 characters.");
        }

        LearnerId = learnerId;
        SkillId = skillId.Trim();
        KaderId = kaderId;
        At = at;
        Note = note.Trim();
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    /// <summary>A lesson id with a kader-checked practice task, or a skill named in the readiness rule.</summary>
    public string SkillId { get; private set; }

    public int KaderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Note { get; private set; }
}
