using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Accounts;

internal sealed class FacilitatorVillageConfiguration : IEntityTypeConfiguration<FacilitatorVillage>
{
    public void Configure(EntityTypeBuilder<FacilitatorVillage> builder)
    {
        builder.HasKey(f => new { f.FacilitatorId, f.VillageId });
        builder.HasOne<Account>().WithMany().HasForeignKey(f => f.FacilitatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Village>().WithMany().HasForeignKey(f => f.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
