namespace Learn.Core.Villages;

/// <summary>A village as a form offers it: its id and name.</summary>
public sealed record VillageChoice(int Id, string Name);
