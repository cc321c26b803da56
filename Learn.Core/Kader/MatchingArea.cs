using Learn.Core.Accounts;
using Learn.Core.Kader.Matching;
using Learn.Core.Villages;

namespace Learn.Core.Kader;

/// <summary>
/// One district as loaded for matching: its villages, kader with their profiles and levels, and
/// learners with their levels, wishes and current (tracked) assignments.
/// </summary>
public sealed class MatchingArea
{
    public required IReadOnlyList<Village> Villages { get; init; }

    public required IReadOnlyList<Account> Kader { get; init; }

    /// <summary>Kader id → profile; kader without a saved profile get the defaults, unsaved.</summary>
    public required IReadOnlyDictionary<int, KaderProfile> Profiles { get; init; }

    /// <summary>Kader id → the highest level they may tutor: own mastery or a facilitator's word, the higher.</summary>
    public required IReadOnlyDictionary<int, int> QualifiedUpTo { get; init; }

    public required IReadOnlyList<Account> Learners { get; init; }

    public required IReadOnlyDictionary<int, int> LearnerLevels { get; init; }

    public required IReadOnlyDictionary<int, KaderWish> Wishes { get; init; }

    /// <summary>Learner id → the kader they asked for on the roster import.</summary>
    public IReadOnlyDictionary<int, int> PreferredKader { get; init; } = new Dictionary<int, int>();

    /// <summary>Learner id → assignment (tracked, so applying a plan edits these rows).</summary>
    public required IReadOnlyDictionary<int, KaderAssignment> Assignments { get; init; }

    public string NameOf(int accountId) =>
        Kader.FirstOrDefault(k => k.Id == accountId)?.Name ?? Learners.FirstOrDefault(l => l.Id == accountId)?.Name ?? $"#{accountId}";

    public static string AreaKey(Village v) =>
        string.IsNullOrWhiteSpace(v.District) ? $"village {v.Id}" : $"{v.Regency.Trim().ToUpperInvariant()}/{v.District.Trim().ToUpperInvariant()}";

    public MatchKader ToMatch(Account kader, int reserved = 0, KaderSettings? change = null)
    {
        var profile = Profiles[kader.Id];
        var active = kader.IsActive && (change?.IsActive ?? profile.IsActive);
        var capacity = change?.Capacity ?? profile.Capacity;
        var languages = change is null ? profile.LanguageSet : change.Languages.ToHashSet();
        var qualified = change is null ? QualifiedUpTo[kader.Id] : Math.Max(OwnMastery(kader.Id), change.CertifiedLevel ?? 0);
        return new MatchKader(kader.Id, kader.VillageId!.Value, kader.Hamlet, kader.Gender, languages, capacity, qualified, active, reserved);
    }

    public MatchLearner ToMatch(Account learner, bool mayMove)
    {
        var wish = Wishes.GetValueOrDefault(learner.Id);
        var current = Assignments.GetValueOrDefault(learner.Id);
        return new MatchLearner(learner.Id, learner.VillageId!.Value, learner.Hamlet, learner.Gender, LearnerLevels[learner.Id],
            wish?.SameGender ?? false, wish?.Language, current?.KaderId, current?.IsPinned ?? false, mayMove,
            PreferredKader.TryGetValue(learner.Id, out var preferred) ? preferred : null);
    }

    public IReadOnlyList<MatchVillage> MatchVillages() => Villages.Select(v => new MatchVillage(v.Id, v.Name, AreaKey(v))).ToList();

    /// <summary>Kader id → their own mastered levels, kept so a certified level can be recomputed in a preview.</summary>
    public required IReadOnlyDictionary<int, int> OwnMasteredLevels { get; init; }

    private int OwnMastery(int kaderId) => OwnMasteredLevels.GetValueOrDefault(kaderId);
}
