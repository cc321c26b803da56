using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Facilitator.Impact;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Facilitator.Roster;
using Learn.Core.Help;
using Learn.Core.Kader;
using Learn.Core.Lessons;
using Learn.Core.Lessons.Summaries;
using Learn.Core.Offline;
using Learn.Core.Shop;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Storage;

public sealed class LearnDbContext(DbContextOptions<LearnDbContext> options) : DbContext(options)
{
    public DbSet<Village> Villages => Set<Village>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<FacilitatorVillage> FacilitatorVillages => Set<FacilitatorVillage>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<LevelUnlock> LevelUnlocks => Set<LevelUnlock>();

    public DbSet<LearnerLevelSummary> LearnerLevelSummaries => Set<LearnerLevelSummary>();

    public DbSet<LearnerProgressSummary> LearnerProgressSummaries => Set<LearnerProgressSummary>();

    public DbSet<VillageLessonSummary> VillageLessonSummaries => Set<VillageLessonSummary>();

    public DbSet<VillageQuestionSummary> VillageQuestionSummaries => Set<VillageQuestionSummary>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SkillSignOff> SkillSignOffs => Set<SkillSignOff>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<KaderProfile> KaderProfiles => Set<KaderProfile>();

    public DbSet<KaderWish> KaderWishes => Set<KaderWish>();

    public DbSet<KaderAssignment> KaderAssignments => Set<KaderAssignment>();
    public DbSet<PracticeShop> Shops => Set<PracticeShop>();

    public DbSet<ShopProduct> ShopProducts => Set<ShopProduct>();

    public DbSet<ScenarioRun> ScenarioRuns => Set<ScenarioRun>();

    public DbSet<ShopOrder> ShopOrders => Set<ShopOrder>();

    public DbSet<ShopMessage> ShopMessages => Set<ShopMessage>();

    public DbSet<ShopFeedback> ShopFeedback => Set<ShopFeedback>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();

    public DbSet<HelpMessage> HelpMessages => Set<HelpMessage>();

    public DbSet<HelpNudge> HelpNudges => Set<HelpNudge>();
    public DbSet<SyncReceipt> SyncReceipts => Set<SyncReceipt>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<CohortMember> CohortMembers => Set<CohortMember>();

    public DbSet<KaderPreference> KaderPreferences => Set<KaderPreference>();

    public DbSet<BusinessSurvey> BusinessSurveys => Set<BusinessSurvey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LearnDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store UTC ticks so queries stay portable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetTicksConverter>();
        if (Database.IsNpgsql())
        {
            // Byte order, as SQLite compares text: lists sort the same on both, whatever locale the operator's database has.
            configurationBuilder.Properties<string>().UseCollation("C");
        }
    }
}
