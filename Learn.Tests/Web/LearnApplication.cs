using Learn.Core.Accounts;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Tests.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Web;

/// <summary>
/// The app over the real HTTP pipeline, in the style of TodoApi's TodoApplication, as described by a
/// <see cref="LearnTestHost"/>: its own database (made by <see cref="TestDatabase"/>, migrated by the app's own startup),
/// data folder, data-protection keys and clock. A test class gets one of its own through IClassFixture; the
/// parameterless form is the default host (SQLite, the small sample course tree).
/// </summary>
public class LearnApplication : WebApplicationFactory<Program>
{
    public const string Pin = "135790";

    private readonly string? _ownFolder;

    private TestDatabase? _ownDatabase;

    public LearnApplication()
        : this(LearnTestHost.Sqlite)
    {
    }

    /// <summary>Made by <see cref="LearnTestHost.Build"/> or a subclass; not public, so a fixture has one public constructor.</summary>
    internal LearnApplication(LearnTestHost host)
    {
        Setup = host;
        _ownFolder = host.DataFolder is null ? TestPaths.NewTempFolder("app") : null;
        DataFolder = host.DataFolder ?? _ownFolder!;
    }

    public LearnTestHost Setup { get; }

    /// <summary>Uploads, keys and (on SQLite) the database file.</summary>
    public string DataFolder { get; }

    /// <summary>This host's own clock: advancing it moves no other test class's time.</summary>
    public FakeTimeProvider Time { get; } = TestClock.New();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var connectionString = Setup.SharedPostgreSql
            ?? (_ownDatabase ??= TestDatabase.ReserveAsync(Setup.Provider, DataFolder).GetAwaiter().GetResult()).ConnectionString;
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Storage:Provider", Setup.Provider);
        builder.UseSetting("ConnectionStrings:Learn", connectionString);
        builder.UseSetting("Courses:Path", Setup.CoursesPath);
        builder.UseSetting("Seed:DemoVillage", "false");
        builder.UseSetting("SignInRateLimit:PermitsPerMinute", "1000");
        foreach (var (key, value) in Setup.Settings)
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
        if (disposing)
        {
            _ownDatabase?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (_ownFolder is not null)
            {
                TestPaths.DeleteFolder(_ownFolder);
            }
        }
    }
}
