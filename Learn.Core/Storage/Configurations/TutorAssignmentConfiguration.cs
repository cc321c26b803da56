using Learn.Core.Accounts;
using Learn.Core.Tutoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Storage.Configurations;

internal sealed class TutorAssignmentConfiguration : IEntityTypeConfiguration<TutorAssignment>
{
    public void Configure(EntityTypeBuilder<TutorAssignment> builder)
    {
        builder.Property(a => a.Explanation).HasMaxLength(300);
        builder.HasIndex(a => a.LearnerId).IsUnique();
        builder.HasIndex(a => a.KaderId);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.KaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
