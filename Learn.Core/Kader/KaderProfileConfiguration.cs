using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Kader;

internal sealed class KaderProfileConfiguration : IEntityTypeConfiguration<KaderProfile>
{
    public void Configure(EntityTypeBuilder<KaderProfile> builder)
    {
        builder.HasKey(p => p.KaderId);
        builder.Property(p => p.KaderId).ValueGeneratedNever();
        builder.Property(p => p.Languages).HasMaxLength(60);
        builder.Ignore(p => p.LanguageSet);
        builder.HasOne<Account>().WithOne().HasForeignKey<KaderProfile>(p => p.KaderId).OnDelete(DeleteBehavior.Cascade);
    }
}
