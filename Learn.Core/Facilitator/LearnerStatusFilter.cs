namespace Learn.Core.Facilitator;

/// <summary>Which learners the facilitator's list shows by readiness: all, those ready to sell, or those stuck.</summary>
public enum LearnerStatusFilter
{
    All,
    Ready,
    Stuck,
}
