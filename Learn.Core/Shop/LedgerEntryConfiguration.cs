using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(120);
        builder.HasIndex(e => new { e.ShopId, e.Day });
        builder.HasIndex(e => e.RunId);
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(e => e.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
