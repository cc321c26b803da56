namespace Learn.Core.Facilitator.Roster;

/// <summary>A learner's place in a cohort.</summary>
public sealed class CohortMember(int cohortId, int learnerId)
{
    public int CohortId { get; private set; } = cohortId;

    public int LearnerId { get; private set; } = learnerId;
}
