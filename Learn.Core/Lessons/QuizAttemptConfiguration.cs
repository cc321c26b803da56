using Learn.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Learn.Core.Lessons;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.Property(a => a.LessonId).HasMaxLength(100);
        builder.Property(a => a.WrongQuestionIds).HasMaxLength(400);
        builder.HasIndex(a => new { a.AccountId, a.At });
        builder.HasIndex(a => a.LessonId);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
