namespace Learn.Core.Kader;

/// <summary>
/// What the matcher needs to know about a kader beyond their account (village, hamlet and gender
/// live there): how many learners they take, the languages they tutor in, when they are free,
/// whether they tutor at all right now, and a level a facilitator vouches for.
/// </summary>
public sealed class KaderProfile
{
    public const int DefaultCapacity = 8;
    public const int MaxCapacity = 30;

    private KaderProfile()
    {
        Languages = string.Empty;
    }

    public KaderProfile(int kaderId, DateTimeOffset at)
    {
        KaderId = kaderId;
        Capacity = DefaultCapacity;
        Languages = KaderLanguages.Indonesian;
        Availability = WeeklyAvailability.Everything;
        IsActive = true;
        UpdatedAt = at;
    }

    public int KaderId { get; private set; }

    /// <summary>How many learners at most; 1 to 30. To stop tutoring, deactivate rather than set 0.</summary>
    public int Capacity { get; private set; }

    /// <summary>Comma-separated codes from <see cref="KaderLanguages"/>.</summary>
    public string Languages { get; private set; }

    /// <summary>Bits of <see cref="WeeklyAvailability"/>.</summary>
    public int Availability { get; private set; }

    /// <summary>Tutoring now; an inactive kader keeps their account but takes no learners.</summary>
    public bool IsActive { get; private set; }

    /// <summary>
    /// The level a facilitator vouches the kader can tutor up to, for kader who learned outside
    /// Learn. Their own mastery in Learn counts too; the higher of the two applies.
    /// </summary>
    public int? CertifiedLevel { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlySet<string> LanguageSet => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public void ChangeCapacity(int capacity, DateTimeOffset at)
    {
        if (capacity is < 1 or > MaxCapacity)
        {
            throw new LearnDomainException("kader.capacity_invalid",
                $"Capacity must be between 1 and {MaxCapacity}; to stop tutoring, deactivate the kader instead.");
        }

        Capacity = capacity;
        UpdatedAt = at;
    }

    public void SetLanguages(IEnumerable<string> codes, DateTimeOffset at)
    {
        var list = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (list.Count == 0 || list.Any(c => !KaderLanguages.IsKnown(c)))
        {
            throw new LearnDomainException("kader.languages_invalid", "Choose at least one known language.");
        }

        Languages = string.Join(',', KaderLanguages.All.Where(list.Contains));
        UpdatedAt = at;
    }

    public void SetAvailability(int mask, DateTimeOffset at)
    {
        Availability = mask & WeeklyAvailability.Everything;
        UpdatedAt = at;
    }

    public void Certify(int? level, int highestLevel, DateTimeOffset at)
    {
        if (level is { } l && (l < 1 || l > highestLevel))
        {
            throw new LearnDomainException("kader.level_invalid", $"The level must be between 1 and {highestLevel}.");
        }

        CertifiedLevel = level;
        UpdatedAt = at;
    }

    public void Activate(DateTimeOffset at)
    {
        IsActive = true;
        UpdatedAt = at;
    }

    public void Deactivate(DateTimeOffset at)
    {
        IsActive = false;
        UpdatedAt = at;
    }
}
