using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Accounts;

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.Phone).HasMaxLength(16);
        builder.Property(t => t.Client).HasMaxLength(64);
        builder.HasIndex(t => new { t.Phone, t.Client }).IsUnique();
    }
}
