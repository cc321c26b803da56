namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// The kader a learner asked for on the roster ("kader pilihan"). Kader assignment reads it as a
/// wish, not an order.
/// </summary>
public sealed class KaderPreference(int learnerId, int kaderId, DateTimeOffset at)
{
    public int LearnerId { get; private set; } = learnerId;

    public int KaderId { get; private set; } = kaderId;

    public DateTimeOffset At { get; private set; } = at;
}
