using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Facilitator.Roster;

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        builder.HasKey(m => new { m.CohortId, m.LearnerId });
        builder.HasIndex(m => m.LearnerId);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
