using Learn.Core.Accounts;
using Learn.Core.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Help;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.Ignore(r => r.Context);
        builder.Ignore(r => r.IsOpen);
        builder.Property(r => r.LessonId).HasMaxLength(100);
        builder.Property(r => r.SectionId).HasMaxLength(100);
        builder.Property(r => r.QuestionId).HasMaxLength(100);
        // The database arbitrates between nodes: an update only lands if who helps and where the
        // request stands are still what the writer read, so two claims cannot both win.
        builder.Property(r => r.Status).IsConcurrencyToken();
        builder.Property(r => r.Stage).IsConcurrencyToken();
        builder.Property(r => r.HelperId).IsConcurrencyToken();
        // The queue and the escalation check read waiting requests by village and age.
        builder.HasIndex(r => new { r.VillageId, r.Status, r.Id });
        builder.HasIndex(r => new { r.Status, r.RoutedAt });
        builder.HasIndex(r => r.LearnerId);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Village>().WithMany().HasForeignKey(r => r.VillageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.HelperId).OnDelete(DeleteBehavior.SetNull);
    }
}
