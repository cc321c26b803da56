using Learn.Core.Accounts;

namespace Learn.Core.Help;

/// <summary>
/// Picks who hears a new request first. The default picks a kader of the learner's village;
/// the kader-assignment feature can register its own to route to the learner's assigned kader.
/// </summary>
public interface IHelpRouting
{
    Task<int?> PickFirstHelperAsync(Account learner, CancellationToken ct = default);
}
