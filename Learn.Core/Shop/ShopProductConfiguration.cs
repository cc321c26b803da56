using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class ShopProductConfiguration : IEntityTypeConfiguration<ShopProduct>
{
    public void Configure(EntityTypeBuilder<ShopProduct> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ShopProduct.MaxNameLength);
        builder.Property(p => p.Description).HasMaxLength(ShopProduct.MaxDescriptionLength);
        builder.Property(p => p.PhotoFile).HasMaxLength(80);
        builder.HasIndex(p => p.ShopId);
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(p => p.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
