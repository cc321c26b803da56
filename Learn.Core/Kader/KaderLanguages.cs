namespace Learn.Core.Kader;

/// <summary>The languages a kader can tutor in and a learner can ask for, by short code.</summary>
public static class KaderLanguages
{
    public const string Indonesian = "id";
    public const string Javanese = "jv";
    public const string Sundanese = "su";
    public const string Madurese = "mad";

    public static IReadOnlyList<string> All { get; } = [Indonesian, Javanese, Sundanese, Madurese];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
