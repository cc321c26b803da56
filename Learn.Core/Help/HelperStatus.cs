namespace Learn.Core.Help;

/// <summary>
/// A kader the console lists, and whether they are connected now; IsViewer marks the kader looking at the console,
/// who is online whatever their page's connection says yet.
/// </summary>
public sealed record HelperStatus(string Name, bool Online, bool IsViewer = false);
