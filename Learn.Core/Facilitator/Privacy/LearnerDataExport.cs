namespace Learn.Core.Facilitator.Privacy;

/// <summary>
/// Everything held about one learner, as downloaded (JSON). Other people appear only as the learner
/// already sees them: their kader's name, and the names of those who answered in their own help chats.
/// </summary>
public sealed record LearnerDataExport(
    DateTimeOffset ExportedAt,
    LearnerDataExport.Person Learner,
    IReadOnlyList<LearnerDataExport.LessonRow> Lessons,
    IReadOnlyList<LearnerDataExport.QuizRow> QuizAttempts,
    IReadOnlyList<LearnerDataExport.UnlockRow> LevelUnlocks,
    IReadOnlyList<LearnerDataExport.MilestoneRow> Milestones,
    IReadOnlyList<LearnerDataExport.SignOffRow> SkillSignOffs,
    IReadOnlyList<LearnerDataExport.SurveyRow> BusinessSurveys,
    IReadOnlyList<string> Cohorts,
    IReadOnlyList<int> PreferredKaderIds,
    IReadOnlyList<LearnerDataExport.AuditRow> History,
    LearnerDataExport.KaderRow? Kader,
    LearnerDataExport.KaderWishRow? KaderWish,
    IReadOnlyList<LearnerDataExport.HelpRow> HelpRequests,
    LearnerDataExport.ShopData? PracticeShop,
    IReadOnlyList<LearnerDataExport.SyncRow> OfflineSyncs)
{
    public sealed record Person(int Id, string Name, string Phone, string? Village, string? Hamlet, string Gender, int? BirthYear,
        DateTimeOffset RegisteredAt, DateTimeOffset? LastSignInAt, bool IsActive);

    public sealed record LessonRow(string LessonId, int Level, int Attempts, int FailedAttempts, int BestCorrect,
        DateTimeOffset? MasteredAt, DateTimeOffset LastActivityAt);

    public sealed record QuizRow(string LessonId, DateTimeOffset At, int Correct, int Total, bool Passed, string WrongQuestionIds);

    public sealed record UnlockRow(int Level, string Method, DateTimeOffset At, string Reason);

    public sealed record MilestoneRow(string Key, DateTimeOffset At, string Evidence);

    public sealed record SignOffRow(string SkillId, int KaderId, DateTimeOffset At, string Note);

    public sealed record SurveyRow(int Round, DateTimeOffset TakenAt, bool SellsOnline, long MonthlyTurnover, int MarginPercent,
        string Provinces, int PeopleEmployed);

    public sealed record AuditRow(DateTimeOffset At, string Action, int? ActorId, string Details);

    /// <summary>The learner's current kader, as shown to them.</summary>
    public sealed record KaderRow(int KaderId, string KaderName, bool IsNeighbourVillage, bool IsPinned, string Explanation, DateTimeOffset AssignedAt);

    public sealed record KaderWishRow(bool SameGender, string? Language);

    public sealed record HelpRow(long Id, string? LessonId, string? SectionId, string? QuestionId, string Status, string Stage,
        string? HelperName, DateTimeOffset CreatedAt, DateTimeOffset? FirstReplyAt, DateTimeOffset? ResolvedAt, string? Outcome, int? Rating,
        IReadOnlyList<HelpMessageRow> Messages);

    /// <summary>One chat line; <see cref="SenderName"/> is the learner or whoever answered them, as the chat showed it.</summary>
    public sealed record HelpMessageRow(DateTimeOffset SentAt, bool FromLearner, string SenderName, string Text, DateTimeOffset? ReadAt,
        HelpAttachmentRow? Attachment = null);

    /// <summary>A voice note or photo of a chat, with the file itself (base64), so the download holds everything.</summary>
    public sealed record HelpAttachmentRow(string Kind, string FileName, string ContentType, long Bytes, int? DurationMs, string? ContentBase64);

    /// <summary>The practice shop. Buyers in it are simulated, not people. Photos are listed by file name.</summary>
    public sealed record ShopData(long Id, string Name, DateTimeOffset CreatedAt, int Day,
        IReadOnlyList<ProductRow> Products, IReadOnlyList<RunRow> ScenarioRuns, IReadOnlyList<OrderRow> Orders,
        IReadOnlyList<ShopMessageRow> Messages, IReadOnlyList<FeedbackRow> Feedback, IReadOnlyList<LedgerRow> Ledger);

    public sealed record ProductRow(long Id, string Name, string Description, long Price, long Cost, int Stock, int WeightGrams,
        string? PhotoFile, int Visits);

    public sealed record RunRow(long Id, string ScenarioId, int StartDay, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
        string Result);

    public sealed record OrderRow(long Id, long RunId, string BuyerName, string City, long ProductId, string ProductName, int Quantity,
        long UnitPrice, string Payment, int PlacedDay, string Status, string? Courier, string? Resi, long ShippingFee, int? ShippedDay,
        int? DeliveredDay, int? Stars, bool HadMistake);

    public sealed record ShopMessageRow(long OrderId, int Day, string Sender, string Kind, string? Text, long Amount);

    public sealed record FeedbackRow(long? RunId, long? OrderId, int Day, DateTimeOffset At, bool IsGood, string Code, string LessonId);

    public sealed record LedgerRow(long? RunId, long? OrderId, long? ProductId, int Day, string Kind, long Amount, string Note);

    public sealed record SyncRow(string ClientId, string LessonId, DateTimeOffset AnsweredAt, DateTimeOffset ReceivedAt, bool Passed);
}
