namespace Learn.Core.Privacy;

/// <summary>Everything held about one learner, as downloaded (JSON).</summary>
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
    IReadOnlyList<LearnerDataExport.AuditRow> History)
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
}
