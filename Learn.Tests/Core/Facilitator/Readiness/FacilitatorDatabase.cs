using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Tests.TestHost;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Core.Facilitator.Readiness;

/// <summary>
/// A migrated <see cref="TestDatabase"/> (SQLite or PostgreSQL) and the sample course for testing the facilitator services without the web
/// host. The PIN hasher runs one PBKDF2 round: the tests check the import, not the key stretching.
/// </summary>
public sealed class FacilitatorDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    public FakeTimeProvider Time { get; } = TestClock.New();

    public CourseCatalog Courses { get; }

    public ReadinessRules Rules { get; }

    public IPasswordHasher<Account> Hasher { get; } = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 1 }));

    private FacilitatorDatabase(TestDatabase database)
    {
        _database = database;
        Courses = new CourseCatalog(new CourseLoader(), TestPaths.GoodCourses, Time);
        Courses.Reload();
        Rules = new ReadinessRules(Path.Combine(TestPaths.GoodCourses, ReadinessRuleLoader.FileName));
        Assert.True(Rules.Reload(Courses.Current).IsValid);
    }

    public static async Task<FacilitatorDatabase> CreateAsync(string provider = StorageProviders.Sqlite) =>
        new(await TestDatabase.CreateAsync(provider));

    public LearnDbContext NewContext() => _database.NewContext();
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

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
