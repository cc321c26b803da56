namespace Learn.Core.Help;

/// <summary>What the server read from a voice note's container: the type to serve it as, and its length when the container tells.</summary>
public sealed record AudioInfo(string ContentType, TimeSpan? Duration);
