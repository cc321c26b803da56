using Learn.Core.Accounts;
using Learn.Core.Help;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Learn.Bench.Help;

/// <summary>
/// The real Learn app (the help hub and its services) on a Kestrel loopback port: by default one node on
/// its own SQLite file, or one node of a province when <paramref name="settings"/> name PostgreSQL and Redis.
/// </summary>
public sealed class LearnHost(IReadOnlyDictionary<string, string>? settings = null, bool perNodeHelpState = false, bool withoutDiskSync = false) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("learn-bench-").FullName;

    private int _seeded;

    public Uri Hub => new(ClientOptions.BaseAddress, "/hubs/help");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Seed:DemoVillage", "false");
        builder.UseSetting("Help:MessagesPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.SignalR.HubOptions>(Connections.BePatient));
        if (withoutDiskSync)
        {
            builder.ConfigureServices(services => services.ConfigureDbContext<LearnDbContext>(options => options.AddInterceptors(new NoDiskSync())));
        }

        if (perNodeHelpState)
        {
            // Diagnosis only: each node trusts its own copies (wrong across nodes), to show what the shared versions cost.
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IHelpLiveState>();
                services.AddSingleton<IHelpLiveState, InMemoryHelpLiveState>();
            });
        }
    }

    /// <summary>Starts the node on a loopback port (Kestrel, so real WebSockets).</summary>
    public LearnHost Started()
    {
        UseKestrel(0);
        StartServer();
        return this;
    }

    /// <summary>One village per pair, each with one kader and one learner; returns each pair's auth cookies.</summary>
    public async Task<IReadOnlyList<(string Learner, string Kader)>> SeedPairsAsync(int pairs)
    {
        var first = _seeded;
        _seeded += pairs;
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearnDbContext>();
        var villages = Enumerable.Range(first, pairs).Select(i => new Village($"Desa {i}", "Bench", "Bench")).ToList();
        db.Villages.AddRange(villages);
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        var people = villages.Select((v, n) => (v, i: first + n)).SelectMany(x => new[]
        {
            new Account($"Peserta {x.i}", $"0812{x.i:D8}", Role.Learner, x.v.Id, null, Gender.Female, 1980, now, null),
            new Account($"Kader {x.i}", $"0813{x.i:D8}", Role.Kader, x.v.Id, null, Gender.Male, 2000, now, null),
        }).ToList();
        db.Accounts.AddRange(people);
        await db.SaveChangesAsync();
        var sessions = people.Select(p => new AccountSession(Guid.NewGuid().ToString("N"), p.Id, now)).ToList();
        db.AccountSessions.AddRange(sessions);
        await db.SaveChangesAsync();

        // Mint the same cookie a sign-in would set: signing 2,000 people in through PIN hashing would dominate the run.
        var cookie = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(AuthExtensions.Scheme);
        string CookieOf(int i) => $"{cookie.Cookie.Name}={cookie.TicketDataFormat.Protect(new AuthenticationTicket(people[i].ToPrincipal(sessions[i].Id), AuthExtensions.Scheme))}";
        return Enumerable.Range(0, pairs).Select(p => (CookieOf(2 * p), CookieOf((2 * p) + 1))).ToList();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
