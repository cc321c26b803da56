namespace Learn.Core.Facilitator.Roster;

/// <summary>A group of learners of one village who start the programme together ("angkatan").</summary>
public sealed class Cohort
{
    private Cohort()
    {
        Name = string.Empty;
    }

    public Cohort(string name, int villageId, DateOnly startsOn, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new LearnDomainException("cohort.name_invalid", "A cohort needs a name of 1 to 100 characters.");
        }

        Name = name.Trim();
        VillageId = villageId;
        StartsOn = startsOn;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int VillageId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
