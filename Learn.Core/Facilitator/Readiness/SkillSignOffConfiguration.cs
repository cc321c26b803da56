using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Facilitator.Readiness;

internal sealed class SkillSignOffConfiguration : IEntityTypeConfiguration<SkillSignOff>
{
    public void Configure(EntityTypeBuilder<SkillSignOff> builder)
    {
        builder.Property(s => s.SkillId).HasMaxLength(100);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.HasIndex(s => new { s.LearnerId, s.SkillId });
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
