namespace Learn.Core.Kader;

/// <summary>A facilitator's edit of a kader's profile, previewed before it is saved.</summary>
public sealed record KaderSettings(int Capacity, IReadOnlyList<string> Languages, int Availability, bool IsActive, int? CertifiedLevel);
