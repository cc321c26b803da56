namespace Learn.Core.Villages;

/// <summary>A desa; learners, kader and facilitators belong to villages.</summary>
public sealed class Village
{
    private Village()
    {
        Name = District = Regency = string.Empty;
    }

    public Village(string name, string district, string regency)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new LearnDomainException("village.name_required", "A village needs a name.");
        }

        Name = name.Trim();
        District = district.Trim();
        Regency = regency.Trim();
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Kecamatan.</summary>
    public string District { get; private set; }

    /// <summary>Kabupaten.</summary>
    public string Regency { get; private set; }
}
