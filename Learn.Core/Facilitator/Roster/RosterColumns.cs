namespace Learn.Core.Facilitator.Roster;

/// <summary>The roster's columns and the header names accepted for each, Indonesian and English.</summary>
public static class RosterColumns
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Village = "village";
    public const string Hamlet = "hamlet";
    public const string Gender = "gender";
    public const string BirthYear = "birth_year";
    public const string Kader = "kader";

    public static readonly string[] Required = [Name, Phone, Village];

    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["nama"] = Name, ["name"] = Name,
        ["hp"] = Phone, ["no_hp"] = Phone, ["nomor_hp"] = Phone, ["telepon"] = Phone, ["phone"] = Phone,
        ["desa"] = Village, ["village"] = Village,
        ["dusun"] = Hamlet, ["hamlet"] = Hamlet,
        ["jenis_kelamin"] = Gender, ["gender"] = Gender,
        ["tahun_lahir"] = BirthYear, ["birth_year"] = BirthYear,
        ["kader"] = Kader, ["kader_pilihan"] = Kader, ["kader_preference"] = Kader,
    };

    /// <summary>"No HP", "no-hp" and "NO_HP" are the same header.</summary>
    public static string? Resolve(string header)
    {
        var key = string.Join('_', header.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        return Aliases.GetValueOrDefault(key);
    }
}
