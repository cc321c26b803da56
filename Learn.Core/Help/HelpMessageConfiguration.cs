using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Help;

internal sealed class HelpMessageConfiguration : IEntityTypeConfiguration<HelpMessage>
{
    public void Configure(EntityTypeBuilder<HelpMessage> builder)
    {
        builder.Property(m => m.ClientId).HasMaxLength(HelpMessage.ClientIdMaxLength);
        builder.Property(m => m.Text).HasMaxLength(4000);
        builder.Property(m => m.FileKey).HasMaxLength(HelpMessage.FileKeyMaxLength);
        builder.Property(m => m.ContentType).HasMaxLength(HelpMessage.ContentTypeMaxLength);
        // A resend of the same message (same sender, same client id) can never be stored twice.
        builder.HasIndex(m => new { m.SenderId, m.ClientId }).IsUnique();
        builder.HasIndex(m => new { m.RequestId, m.Id });
        // No (SenderId, SentAt) index: rate counts live in memory, and the one read that warms a sender's window at
        // connect walks the unique index above by SenderId. The index cost a page in every help commit (bench/Help).
        builder.HasOne(m => m.Request).WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Cascade);
    }
}
