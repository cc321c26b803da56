using Learn.Core.Accounts;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Tests.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Web;

/// <summary>
/// The app over the real HTTP pipeline with its own database (a SQLite file, or a fresh PostgreSQL
/// database when <see cref="Provider"/> says so), data-protection keys and clock, in the style of
/// TodoApi's TodoApplication. Courses default to the small sample tree.
/// </summary>
public class LearnApplication : WebApplicationFactory<Program>
{
    public const string Pin = "135790";

    private readonly Dictionary<string, string?> _settings = new();

    private readonly string _ownFolder = TestPaths.NewTempFolder("app");

    /// <summary>Set it to share one folder between two instances, simulating a restart; a shared folder is not deleted.</summary>
    public string DataFolder
    {
        get => field ?? _ownFolder;
        init => field = value;
    }

    public string CoursesPath { get; init; } = TestPaths.GoodCourses;

    /// <summary>Sqlite, or PostgreSQL on the server of <see cref="TestServers"/>.</summary>
    public string Provider { get; init; } = StorageProviders.Sqlite;

    /// <summary>Set it to share one PostgreSQL database between nodes; a shared database is not dropped.</summary>
    public string? PostgreSqlConnectionString { get; init; }

    private string? _ownPostgreSql;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Extra configuration, set before the host starts.</summary>
    public LearnApplication With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Storage:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Learn", Provider == StorageProviders.PostgreSql
            ? PostgreSqlConnectionString ?? (_ownPostgreSql ??= TestServers.CreateDatabaseAsync().GetAwaiter().GetResult())
            : $"Data Source={Path.Combine(DataFolder, "learn.db")}");
        builder.UseSetting("Courses:Path", CoursesPath);
        builder.UseSetting("Seed:DemoVillage", "false");
        builder.UseSetting("SignInRateLimit:PermitsPerMinute", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, RemoteAddressFromTestHeader>();
        });
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<LearnDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<LearnDbContext>());
    }

    public Task WithDbAsync(Func<LearnDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public Task<Village> AddVillageAsync(string name, string district = "Ngemplak") => WithDbAsync(async db =>
    {
        var village = new Village(name, district, "Boyolali");
        db.Villages.Add(village);
        await db.SaveChangesAsync();
        return village;
    });

    private int _phoneCounter;

    /// <summary>Adds an account with <see cref="Pin"/>; facilitators are linked to <paramref name="villageId"/>.</summary>
    public Task<Account> AddAccountAsync(Role role, int? villageId, string? name = null, Gender gender = Gender.Female) =>
        WithDbAsync(async db =>
        {
            var hasher = Services.GetRequiredService<IPasswordHasher<Account>>();
            var phone = $"0813{Interlocked.Increment(ref _phoneCounter) + (Random.Shared.Next(10_000, 99_999) * 100):D8}";
            var account = new Account(name ?? $"{role} {phone[^4..]}", phone, role,
                role == Role.Facilitator || role == Role.Admin ? null : villageId, null, gender, 1980, Time.GetUtcNow(), null);
            account.SetPinHash(hasher.HashPassword(account, Pin));
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
            if (role == Role.Facilitator && villageId is { } v)
            {
                db.FacilitatorVillages.Add(new FacilitatorVillage(account.Id, v));
                await db.SaveChangesAsync();
            }

            return account;
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownPostgreSql is not null)
        {
            TestServers.DropDatabaseAsync(_ownPostgreSql).GetAwaiter().GetResult();
        }

        if (disposing && DataFolder == _ownFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the OS is left for the temp cleaner; it is not a test failure.
            }
        }
    }
}
