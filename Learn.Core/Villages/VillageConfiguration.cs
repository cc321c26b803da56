using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Villages;

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.District).HasMaxLength(100);
        builder.Property(v => v.Regency).HasMaxLength(100);
        builder.HasIndex(v => new { v.Name, v.District }).IsUnique();
    }
}
