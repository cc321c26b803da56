namespace Learn.Core.Help;

/// <summary>A kader the console lists, and whether they are connected now.</summary>
public sealed record HelperStatus(string Name, bool Online);
