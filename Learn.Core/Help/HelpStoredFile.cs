namespace Learn.Core.Help;

/// <summary>
/// A checked attachment already in the file store: its key, the type it is served as, its size and,
/// for a voice note, the length read from the container.
/// </summary>
public sealed record HelpStoredFile(HelpMessageKind Kind, string Key, string ContentType, long Bytes, int? DurationMs);
