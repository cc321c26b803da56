using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Facilitator.Roster;

internal sealed class KaderPreferenceConfiguration : IEntityTypeConfiguration<KaderPreference>
{
    public void Configure(EntityTypeBuilder<KaderPreference> builder)
    {
        builder.HasKey(k => k.LearnerId);
        builder.HasIndex(k => k.KaderId);
        builder.HasOne<Account>().WithMany().HasForeignKey(k => k.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(k => k.KaderId).OnDelete(DeleteBehavior.Cascade);
    }
}
