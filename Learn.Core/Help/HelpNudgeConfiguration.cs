using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Help;

internal sealed class HelpNudgeConfiguration : IEntityTypeConfiguration<HelpNudge>
{
    public void Configure(EntityTypeBuilder<HelpNudge> builder)
    {
        builder.HasIndex(n => new { n.LearnerId, n.At });
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.ById).OnDelete(DeleteBehavior.Cascade);
    }
}
