namespace Learn.Core.Help;

/// <summary>A message's voice note or photo as a reader sees it; the file itself is fetched by the message id.</summary>
public sealed record HelpAttachmentView(HelpMessageKind Kind, string ContentType, long Bytes, int? DurationMs);
