using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Tests.Core.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Core.Facilitator.Readiness;

/// <summary>
/// A migrated SQLite file (or PostgreSQL database) and the sample course for testing the facilitator services without the web
/// host. The PIN hasher runs one PBKDF2 round: the tests check the import, not the key stretching.
/// </summary>
public sealed class FacilitatorDatabase : IAsyncDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("facilitator-db");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    public CourseCatalog Courses { get; }

    public ReadinessRules Rules { get; }

    public IPasswordHasher<Account> Hasher { get; } = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 1 }));

    private string? _postgreSql;

    private FacilitatorDatabase()
    {
        Courses = new CourseCatalog(new CourseLoader(), TestPaths.GoodCourses, Time);
        Courses.Reload();
        Rules = new ReadinessRules(Path.Combine(TestPaths.GoodCourses, ReadinessRuleLoader.FileName));
        Assert.True(Rules.Reload(Courses.Current).IsValid);
    }

    public string ConnectionString => _postgreSql ?? $"Data Source={Path.Combine(_folder, "learn.db")}";

    public static async Task<FacilitatorDatabase> CreateAsync(string provider = StorageProviders.Sqlite)
    {
        var database = new FacilitatorDatabase();
        if (provider == StorageProviders.PostgreSql)
        {
            database._postgreSql = await TestServers.CreateDatabaseAsync();
        }

        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public LearnDbContext NewContext() => new(_postgreSql is null
        ? new DbContextOptionsBuilder<LearnDbContext>().UseSqlite(ConnectionString).Options
        : new DbContextOptionsBuilder<LearnDbContext>().UseNpgsql(_postgreSql, o => o.MigrationsAssembly(StorageProviders.PostgreSqlMigrationsAssembly)).Options);

    public async Task<Village> AddVillageAsync(string name)
    {
        await using var db = NewContext();
        var village = new Village(name, "Ngemplak", "Boyolali");
        db.Villages.Add(village);
        await db.SaveChangesAsync();
        return village;
    }

    private int _phones;

    public async Task<Account> AddAccountAsync(Role role, int? villageId, string? name = null, Gender gender = Gender.Female, int birthYear = 1980,
        string? phone = null)
    {
        await using var db = NewContext();
        var account = new Account(name ?? $"{role} {++_phones}", phone ?? $"0813{Interlocked.Increment(ref _phones):D8}", role,
            role is Role.Facilitator or Role.Admin ? null : villageId, null, gender, birthYear, Time.GetUtcNow(), null);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        if (role == Role.Facilitator && villageId is { } v)
        {
            db.FacilitatorVillages.Add(new FacilitatorVillage(account.Id, v));
            await db.SaveChangesAsync();
        }

        return account;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgreSql is not null)
        {
            await TestServers.DropDatabaseAsync(_postgreSql);
        }

        await Task.Yield();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
