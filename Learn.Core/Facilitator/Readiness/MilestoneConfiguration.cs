using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Facilitator.Readiness;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Key).HasMaxLength(60);
        builder.Property(m => m.Evidence).HasMaxLength(300);
        builder.HasIndex(m => new { m.LearnerId, m.Key });
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
