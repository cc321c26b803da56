using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Offline;

internal sealed class SyncReceiptConfiguration : IEntityTypeConfiguration<SyncReceipt>
{
    public void Configure(EntityTypeBuilder<SyncReceipt> builder)
    {
        builder.Property(r => r.ClientId).HasMaxLength(SyncReceipt.MaxClientIdLength);
        builder.Property(r => r.LessonId).HasMaxLength(100);
        builder.HasIndex(r => new { r.AccountId, r.ClientId }).IsUnique();
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
