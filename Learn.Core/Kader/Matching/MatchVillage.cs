namespace Learn.Core.Kader.Matching;

/// <summary>
/// A village as the matcher sees it. Villages with the same <see cref="Area"/> (regency and district)
/// are neighbours; an empty district makes a village its own area.
/// </summary>
public sealed record MatchVillage(int Id, string Name, string Area);
