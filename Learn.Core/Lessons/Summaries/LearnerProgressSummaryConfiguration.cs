using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons.Summaries;

internal sealed class LearnerProgressSummaryConfiguration : IEntityTypeConfiguration<LearnerProgressSummary>
{
    public void Configure(EntityTypeBuilder<LearnerProgressSummary> builder)
    {
        builder.HasKey(s => s.AccountId);
        builder.Property(s => s.AccountId).ValueGeneratedNever();
        builder.Property(s => s.MasteredFor).HasMaxLength(CourseLevelBits.KeyLength);
        builder.HasOne<Account>().WithOne().HasForeignKey<LearnerProgressSummary>(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
