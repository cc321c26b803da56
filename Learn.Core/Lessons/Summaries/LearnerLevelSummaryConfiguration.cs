using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons.Summaries;

internal sealed class LearnerLevelSummaryConfiguration : IEntityTypeConfiguration<LearnerLevelSummary>
{
    public void Configure(EntityTypeBuilder<LearnerLevelSummary> builder)
    {
        builder.HasKey(s => new { s.AccountId, s.LevelNumber });
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
