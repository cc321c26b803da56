using Learn.Core.Accounts;

namespace Learn.Core.Kader.Matching;

/// <summary>
/// A learner as the matcher sees them. <see cref="MayMove"/> false keeps a current pair that still
/// honours every hard rule (new learners, kader changes); true lets a rebalance move it when that
/// serves someone else better, with stability still weighing against the move. <see cref="PreferredKaderId"/>
/// is the kader the learner asked for on the roster: a wish weighed like hamlet and language, never a rule.
/// </summary>
public sealed record MatchLearner(
    int Id,
    int VillageId,
    string? Hamlet,
    Gender Gender,
    int Level,
    bool WantsSameGender,
    string? Language,
    int? CurrentKaderId = null,
    bool IsPinned = false,
    bool MayMove = false,
    int? PreferredKaderId = null);
