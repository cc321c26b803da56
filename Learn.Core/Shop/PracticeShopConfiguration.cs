using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class PracticeShopConfiguration : IEntityTypeConfiguration<PracticeShop>
{
    public void Configure(EntityTypeBuilder<PracticeShop> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(60);
        builder.HasIndex(s => s.LearnerId).IsUnique();
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
