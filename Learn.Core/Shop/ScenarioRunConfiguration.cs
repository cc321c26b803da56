using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Shop;

internal sealed class ScenarioRunConfiguration : IEntityTypeConfiguration<ScenarioRun>
{
    public void Configure(EntityTypeBuilder<ScenarioRun> builder)
    {
        builder.Property(r => r.ScenarioId).HasMaxLength(60);
        builder.Property(r => r.Result).HasMaxLength(300);
        builder.HasIndex(r => new { r.ShopId, r.Status });
        builder.HasOne<PracticeShop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Cascade);
    }
}
