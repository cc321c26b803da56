using Learn.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Learn.Tests.Core.Storage;

/// <summary>Every model change needs a migration in both sets; neither needs a server to check.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: see README, Migrations.");
    }

    [Fact]
    public void ThePostgreSqlMigrationsMatchTheModel()
    {
        using var db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>()
            .UseNpgsql("Host=localhost;Database=learn", o => o.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly)).Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a PostgreSQL migration: see README, Migrations.");
    }
}
