using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons.Summaries;

internal sealed class VillageLessonSummaryConfiguration : IEntityTypeConfiguration<VillageLessonSummary>
{
    public void Configure(EntityTypeBuilder<VillageLessonSummary> builder)
    {
        builder.HasKey(s => new { s.VillageId, s.LessonId });
        builder.Property(s => s.LessonId).HasMaxLength(100);
        builder.HasOne<Village>().WithMany().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
