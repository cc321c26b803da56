using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Phone).HasMaxLength(16);
        builder.Property(a => a.PinHash).HasMaxLength(200);
        builder.Property(a => a.Hamlet).HasMaxLength(100);
        builder.HasIndex(a => a.Phone).IsUnique();
        builder.HasIndex(a => new { a.VillageId, a.Role });
        builder.HasOne<Village>().WithMany().HasForeignKey(a => a.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}
