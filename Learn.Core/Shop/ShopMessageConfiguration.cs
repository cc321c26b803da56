using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class ShopMessageConfiguration : IEntityTypeConfiguration<ShopMessage>
{
    public void Configure(EntityTypeBuilder<ShopMessage> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(ShopMessage.MaxTextLength);
        builder.HasIndex(m => new { m.ShopId, m.OrderId });
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(m => m.ShopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ShopOrder>().WithMany().HasForeignKey(m => m.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
