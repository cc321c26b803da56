using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons;

internal sealed class LevelUnlockConfiguration : IEntityTypeConfiguration<LevelUnlock>
{
    public void Configure(EntityTypeBuilder<LevelUnlock> builder)
    {
        builder.Property(u => u.Reason).HasMaxLength(500);
        builder.HasIndex(u => new { u.AccountId, u.LevelNumber });
        builder.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
