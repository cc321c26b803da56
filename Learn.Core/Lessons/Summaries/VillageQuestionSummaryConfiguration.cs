using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons.Summaries;

internal sealed class VillageQuestionSummaryConfiguration : IEntityTypeConfiguration<VillageQuestionSummary>
{
    public void Configure(EntityTypeBuilder<VillageQuestionSummary> builder)
    {
        builder.HasKey(s => new { s.VillageId, s.LessonId, s.QuestionId });
        builder.Property(s => s.LessonId).HasMaxLength(100);
        builder.Property(s => s.QuestionId).HasMaxLength(100);
        builder.HasOne<Village>().WithMany().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
