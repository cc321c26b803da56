namespace Learn.Core.Help;

/// <summary>
/// One chat message. Stored before anyone is told about it; <see cref="ClientId"/> makes a resend harmless.
/// A message may carry one attachment (a voice note or a photo) kept in the file store under <see cref="FileKey"/>.
/// </summary>
public sealed class HelpMessage
{
    public const int ClientIdMaxLength = 64;

    public const int FileKeyMaxLength = 200;

    public const int ContentTypeMaxLength = 40;

    private HelpMessage()
    {
        ClientId = Text = string.Empty;
    }

    private HelpMessage(HelpRequest request, int senderId, string clientId, string text, DateTimeOffset sentAt)
    {
        // A request not stored yet is linked by navigation (saved together); a stored one only by id,
        // so the writer can attach its own copy of the request without a second tracked instance.
        Request = request.Id == 0 ? request : null;
        RequestId = request.Id;
        SenderId = senderId;
        ClientId = clientId;
        Text = text;
        SentAt = sentAt;
    }

    /// <summary>Grows with every message, so "everything after the last id I saw" is one query.</summary>
    public long Id { get; private set; }

    public long RequestId { get; private set; }

    /// <summary>Set when written, so a new request and its first message are saved together.</summary>
    public HelpRequest? Request { get; private set; }

    public int SenderId { get; private set; }

    /// <summary>The sender's own id for the message (a GUID from the browser); unique per sender.</summary>
    public string ClientId { get; private set; }

    /// <summary>Plain text exactly as typed (trimmed); always encoded when shown.</summary>
    public string Text { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public HelpMessageKind Kind { get; private set; }

    /// <summary>The attachment's key in the file store; null for a text message.</summary>
    public string? FileKey { get; private set; }

    public string? ContentType { get; private set; }

    public long? FileBytes { get; private set; }

    /// <summary>A voice note's length as read from its container by the server, when the container says.</summary>
    public int? DurationMs { get; private set; }

    public static HelpMessage Write(HelpRequest request, int senderId, string? clientId, string? text, DateTimeOffset now, int maxLength)
    {
        var id = NormalizeClientId(clientId);
        var body = text?.Trim() ?? string.Empty;
        if (body.Length == 0)
        {
            throw new LearnDomainException("help.message_empty", "The message is empty.");
        }

        if (body.Length > maxLength)
        {
            throw new LearnDomainException("help.message_too_long", $"The message is longer than {maxLength} characters.");
        }

        return new HelpMessage(request, senderId, id, body, now);
    }

    /// <summary>A voice note or photo, with an optional caption (text may be empty here).</summary>
    public static HelpMessage WriteWithFile(HelpRequest request, int senderId, string? clientId, string? text, HelpStoredFile file, DateTimeOffset now, int maxLength)
    {
        var id = NormalizeClientId(clientId);
        var caption = text?.Trim() ?? string.Empty;
        if (caption.Length > maxLength)
        {
            throw new LearnDomainException("help.message_too_long", $"The message is longer than {maxLength} characters.");
        }

        if (file.Kind == HelpMessageKind.Text)
        {
            throw new ArgumentException("An attachment is a voice note or a photo.", nameof(file));
        }

        return new HelpMessage(request, senderId, id, caption, now)
        {
            Kind = file.Kind, FileKey = file.Key, ContentType = file.ContentType, FileBytes = file.Bytes, DurationMs = file.DurationMs,
        };
    }

    public static string NormalizeClientId(string? clientId)
    {
        var id = clientId?.Trim() ?? string.Empty;
        return id.Length is > 0 and <= ClientIdMaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? id
            : throw new LearnDomainException("help.client_id_invalid", "Each message needs an id of 1 to 64 letters, digits or dashes.");
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
