using Learn.Core.Accounts;

namespace Learn.Core.Kader;

/// <summary>
/// Narrows <see cref="AccessPolicy"/> for the kader's workspace: a kader sees the details of their
/// own learners only; learners themselves, facilitators and admins as the policy says.
/// </summary>
public sealed class KaderAccess(AccessPolicy access, KaderAssignments assignments)
{
    public async Task<bool> CanSeeLearnerAsync(Actor actor, int learnerId, CancellationToken ct = default) =>
        actor.Role == Role.Kader
            ? await assignments.IsAssignedAsync(actor.Id, learnerId, ct) && await access.CanViewLearnerAsync(actor, learnerId, ct)
            : await access.CanViewLearnerAsync(actor, learnerId, ct);

    /// <summary>Signing off skills and recording assisted quizzes: the learner's own kader only.</summary>
    public async Task<bool> IsTheirKaderAsync(Actor actor, int learnerId, CancellationToken ct = default) =>
        actor.Role == Role.Kader && await CanSeeLearnerAsync(actor, learnerId, ct);
}
