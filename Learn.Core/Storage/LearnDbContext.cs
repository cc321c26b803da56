using Learn.Core.Accounts;
using Learn.Core.Auditing;
using Learn.Core.Evidence;
using Learn.Core.Impact;
using Learn.Core.Progress;
using Learn.Core.Roster;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;

namespace Learn.Core.Storage;

public sealed class LearnDbContext(DbContextOptions<LearnDbContext> options) : DbContext(options)
{
    public DbSet<Village> Villages => Set<Village>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<FacilitatorVillage> FacilitatorVillages => Set<FacilitatorVillage>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<LevelUnlock> LevelUnlocks => Set<LevelUnlock>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SkillSignOff> SkillSignOffs => Set<SkillSignOff>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

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
    }
}
