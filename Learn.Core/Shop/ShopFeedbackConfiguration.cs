using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class ShopFeedbackConfiguration : IEntityTypeConfiguration<ShopFeedback>
{
    public void Configure(EntityTypeBuilder<ShopFeedback> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(60);
        builder.Property(f => f.LessonId).HasMaxLength(100);
        builder.HasIndex(f => new { f.ShopId, f.OrderId });
        builder.HasIndex(f => f.RunId);
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(f => f.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
