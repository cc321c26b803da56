using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Kader;

internal sealed class KaderAssignmentConfiguration : IEntityTypeConfiguration<KaderAssignment>
{
    public void Configure(EntityTypeBuilder<KaderAssignment> builder)
    {
        builder.Property(a => a.Explanation).HasMaxLength(300);
        builder.HasIndex(a => a.LearnerId).IsUnique();
        builder.HasIndex(a => a.KaderId);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.KaderId).OnDelete(DeleteBehavior.Restrict);
    }
}
