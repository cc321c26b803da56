using Learn.Core.Accounts;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Facilitator.Impact;

internal sealed class BusinessSurveyConfiguration : IEntityTypeConfiguration<BusinessSurvey>
{
    public void Configure(EntityTypeBuilder<BusinessSurvey> builder)
    {
        builder.Property(s => s.Provinces).HasMaxLength(1000);
        builder.Ignore(s => s.ProvinceList);
        builder.HasIndex(s => new { s.LearnerId, s.Wave }).IsUnique();
        builder.HasIndex(s => new { s.VillageId, s.Wave });
        // Deleting a learner keeps their answers as anonymous village figures.
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Village>().WithMany().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}
