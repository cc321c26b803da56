using Learn.Core.Accounts;
using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Facilitator.Roster;

/// <summary>
/// What a roster's rows are checked against: the villages the importer may fill, their kader, the cohort's
/// village. A roster repeats a few village, gender, hamlet and kader texts thousands of times, so each
/// distinct text is resolved once and remembered (looked up by span, no string made per row).
/// </summary>
internal sealed class RosterScope
{
    private readonly ILookup<string, (int Id, string Name)> _villagesByName;
    private readonly IReadOnlyList<int>? _visible;
    private readonly int? _cohortVillage;
    private readonly ILookup<int, (int Id, string Name, string Phone)> _kaderByVillage;
    private readonly Dictionary<string, VillageMatch>.AlternateLookup<ReadOnlySpan<char>> _villages =
        new Dictionary<string, VillageMatch>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, Gender?>.AlternateLookup<ReadOnlySpan<char>> _genders =
        new Dictionary<string, Gender?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _hamlets =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<(int Village, string Text), KaderChoice?> _kader = [];

    private RosterScope(ILookup<string, (int Id, string Name)> villagesByName, IReadOnlyList<int>? visible, int? cohortVillage,
        ILookup<int, (int Id, string Name, string Phone)> kaderByVillage, DateTimeOffset now)
    {
        (_villagesByName, _visible, _cohortVillage, _kaderByVillage, Now) = (villagesByName, visible, cohortVillage, kaderByVillage, now);
    }

    public DateTimeOffset Now { get; }

    /// <summary>The scope of <paramref name="actor"/>, or null when the cohort is unknown or not theirs.</summary>
    public static async Task<RosterScope?> LoadAsync(LearnDbContext db, AccessPolicy access, Actor actor, int? cohortId, DateTimeOffset now,
        CancellationToken ct)
    {
        var visible = await access.VisibleVillageIdsAsync(actor, ct);
        var villages = await db.Villages.AsNoTracking().Select(v => new { v.Id, v.Name }).ToListAsync(ct);
        var kader = await db.Accounts.AsNoTracking().Where(a => a.Role == Role.Kader && a.IsActive && a.VillageId != null)
            .Select(a => new { a.Id, a.Name, a.Phone, VillageId = a.VillageId!.Value }).ToListAsync(ct);
        int? cohortVillage = null;
        if (cohortId is { } cid)
        {
            cohortVillage = await db.Cohorts.Where(c => c.Id == cid).Select(c => (int?)c.VillageId).SingleOrDefaultAsync(ct);
            if (cohortVillage is null || (visible is not null && !visible.Contains(cohortVillage.Value)))
            {
                return null;
            }
        }

        return new RosterScope(villages.ToLookup(v => v.Name.Trim(), v => (v.Id, v.Name), StringComparer.CurrentCultureIgnoreCase), visible,
            cohortVillage, kader.ToLookup(k => k.VillageId, k => (k.Id, k.Name, k.Phone)), now);
    }

    /// <summary>The village a (trimmed) village text names, or the problem with it.</summary>
    public VillageMatch Village(ReadOnlySpan<char> text)
    {
        if (!_villages.TryGetValue(text, out var match))
        {
            var name = text.ToString();
            match = Resolve(name);
            _villages[name] = match;
        }

        return match;
    }

    public Gender? Gender(ReadOnlySpan<char> text)
    {
        if (!_genders.TryGetValue(text, out var gender))
        {
            var value = text.ToString();
            gender = RosterImporter.ParseGender(value);
            _genders[value] = gender;
        }

        return gender;
    }

    /// <summary>The hamlet, null when empty; the same text gives the same string, so 100,000 rows of "Dukuh Krajan" keep one.</summary>
    public string? Hamlet(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (!_hamlets.TryGetValue(text, out var hamlet))
        {
            hamlet = text.ToString();
            _hamlets[hamlet] = hamlet;
        }

        return hamlet;
    }

    /// <summary>The one active kader of the village whose phone or name the text gives, or null when none or several match.</summary>
    public KaderChoice? Kader(int villageId, ReadOnlySpan<char> text)
    {
        var key = (villageId, text.ToString());
        if (!_kader.TryGetValue(key, out var choice))
        {
            var normalized = PhoneNumber.TryNormalize(key.Item2, out var phone) ? phone : null;
            var found = _kaderByVillage[villageId]
                .Where(k => k.Phone == normalized || string.Equals(k.Name, key.Item2, StringComparison.CurrentCultureIgnoreCase)).Take(2).ToList();
            choice = found.Count == 1 ? new KaderChoice(found[0].Id, found[0].Name) : null;
            _kader[key] = choice;
        }

        return choice;
    }

    private VillageMatch Resolve(string text)
    {
        var matches = _villagesByName[text].ToList();
        var mine = matches.Where(v => _visible is null || _visible.Contains(v.Id)).ToList();
        return matches.Count == 0 ? VillageMatch.Failed("roster.village_unknown")
            : mine.Count == 0 ? VillageMatch.Failed("roster.village_not_yours")
            : mine.Count > 1 ? VillageMatch.Failed("roster.village_ambiguous")
            : _cohortVillage is { } cohort && mine[0].Id != cohort ? VillageMatch.Failed("roster.village_not_cohort")
            : new VillageMatch(null, mine[0].Id, mine[0].Name);
    }

    /// <summary>A village found (its id and name) or the code of the problem.</summary>
    public sealed record VillageMatch(string? Problem, int Id, string Name)
    {
        public static VillageMatch Failed(string problem) => new(problem, 0, string.Empty);
    }

    public sealed record KaderChoice(int Id, string Name);
}
