using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Kader;

internal sealed class KaderWishConfiguration : IEntityTypeConfiguration<KaderWish>
{
    public void Configure(EntityTypeBuilder<KaderWish> builder)
    {
        builder.HasKey(w => w.LearnerId);
        builder.Property(w => w.LearnerId).ValueGeneratedNever();
        builder.Property(w => w.Language).HasMaxLength(10);
        builder.HasOne<Account>().WithOne().HasForeignKey<KaderWish>(w => w.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
