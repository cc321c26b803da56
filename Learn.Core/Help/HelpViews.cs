namespace Learn.Core.Help;

/// <summary>A request as its participants see it, pushed to browsers and returned by the hub.</summary>
public sealed record HelpRequestView(
    long Id, int LearnerId, string LearnerName, HelpStatus Status, HelpStage Stage, int? HelperId, string? HelperName,
    int? QueuePosition, string? LessonId, string? SectionId, string? QuestionId, DateTimeOffset CreatedAt,
    HelpOutcome? Outcome, int? Rating);

/// <summary>A stored message; <see cref="Text"/> is plain text, to be shown encoded. <see cref="Attachment"/> is null for text.</summary>
public sealed record HelpMessageView(
    long Id, long RequestId, int SenderId, string SenderName, string ClientId, string Text, DateTimeOffset SentAt, DateTimeOffset? ReadAt,
    HelpAttachmentView? Attachment = null);

/// <summary>A request with the messages after the one the reader last saw.</summary>
public sealed record HelpConversation(HelpRequestView Request, IReadOnlyList<HelpMessageView> Messages);
