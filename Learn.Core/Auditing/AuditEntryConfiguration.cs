using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.SubjectAccountId);
    }
}
