using Learn.Core.Accounts;
using Learn.Core.Tutoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Storage.Configurations;

internal sealed class TutorWishConfiguration : IEntityTypeConfiguration<TutorWish>
{
    public void Configure(EntityTypeBuilder<TutorWish> builder)
    {
        builder.HasKey(w => w.LearnerId);
        builder.Property(w => w.LearnerId).ValueGeneratedNever();
        builder.Property(w => w.Language).HasMaxLength(10);
        builder.HasOne<Account>().WithOne().HasForeignKey<TutorWish>(w => w.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
