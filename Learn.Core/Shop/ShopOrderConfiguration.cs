using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class ShopOrderConfiguration : IEntityTypeConfiguration<ShopOrder>
{
    public void Configure(EntityTypeBuilder<ShopOrder> builder)
    {
        builder.Property(o => o.BuyerName).HasMaxLength(80);
        builder.Property(o => o.City).HasMaxLength(80);
        builder.Property(o => o.ProductName).HasMaxLength(ShopProduct.MaxNameLength);
        builder.Property(o => o.Courier).HasMaxLength(30);
        builder.Property(o => o.Resi).HasMaxLength(20);
        builder.HasIndex(o => new { o.ShopId, o.Status });
        builder.HasIndex(o => o.RunId);
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(o => o.ShopId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScenarioRun>().WithMany().HasForeignKey(o => o.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
