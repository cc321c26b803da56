using System.Text.RegularExpressions;

namespace Learn.Core.Offline;

/// <summary>
/// Proof that one offline answer (named by the id the phone gave it) was recorded. The unique
/// index on (learner, client id) is what makes a retried sync batch count once.
/// </summary>
public sealed partial class SyncReceipt
{
    public const int MaxClientIdLength = 64;

    private SyncReceipt()
    {
        ClientId = LessonId = string.Empty;
    }

    public SyncReceipt(int accountId, string clientId, string lessonId, DateTimeOffset answeredAt, DateTimeOffset receivedAt,
        bool passed)
    {
        if (string.IsNullOrWhiteSpace(clientId) || clientId.Length > MaxClientIdLength)
        {
            throw new LearnDomainException("sync.id_invalid", $"A sync item needs an id of 1 to {MaxClientIdLength} characters.");
        }

        AccountId = accountId;
        ClientId = clientId;
        LessonId = lessonId;
        AnsweredAt = answeredAt;
        ReceivedAt = receivedAt;
        Passed = passed;
    }

    /// <summary>An id a phone or page may give an answer: 1 to <see cref="MaxClientIdLength"/> letters, digits, dashes or underscores.</summary>
    public static bool IsValidClientId(string? clientId) =>
        clientId is { Length: > 0 and <= MaxClientIdLength } && ClientIdPattern().IsMatch(clientId);

    public long Id { get; private set; }

    public int AccountId { get; private set; }

    public string ClientId { get; private set; }

    public string LessonId { get; private set; }

    /// <summary>When the learner answered on the phone, clamped to the account's life and the server's clock.</summary>
    public DateTimeOffset AnsweredAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public bool Passed { get; private set; }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ClientIdPattern();
}
