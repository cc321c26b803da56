using Learn.Core.Storage;
using Learn.Tests.TestHost;
using Learn.Tests.Web.Help;

namespace Learn.Tests.Web.Hosting;

/// <summary>
/// Two web nodes of one province: real Kestrel hosts on loopback ports, one PostgreSQL database and one
/// Redis (with a key prefix of their own), started at the same moment; each node has its own clock, as two
/// machines do. Escalation checks are left to the tests (the timer waits ten minutes of the fake clocks).
/// </summary>
public sealed class Province : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private Province(TestDatabase database, LearnApplication a, LearnApplication b)
    {
        _database = database;
        A = a;
        B = b;
    }

    public LearnApplication A { get; }

    public LearnApplication B { get; }

    /// <summary>Starts both nodes; <paramref name="redis"/> is the shared test Redis unless a test brings its own.</summary>
    public static async Task<Province> StartAsync(bool demoVillage = false, string? redis = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.ReserveAsync(StorageProviders.PostgreSql);
        var node = LearnTestHost.PostgreSql
            .OnDatabase(database)
            .WithCourses(demoVillage ? TestPaths.RealCourses : TestPaths.GoodCourses)
            .WithRedis(redis, keyPrefix: $"learn-test-{Guid.NewGuid():N}")
            .With("Help:CheckEvery", "00:10:00")
            .With("Seed:DemoVillage", demoVillage ? "true" : "false")
            .WithKestrel();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            node = node.With(key, value);
        }

        var a = node.Build();
        var b = node.Build();
        await Task.WhenAll(Task.Run(a.StartServer), Task.Run(b.StartServer));
        return new Province(database, a, b);
    }

    /// <summary>A client of one node that, like a phone's browser behind a load balancer, keeps its own cookies.</summary>
    public static HttpClient ClientOf(LearnApplication node) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node.ClientOptions.BaseAddress };

    /// <summary>Signs a person in on one node, as their phone would there, and connects them to that node's help hub.</summary>
    public static async Task<HelpClient> HelpOnAsync(LearnApplication node, string phone)
    {
        using var http = ClientOf(node);
        return await HelpClient.ConnectOverHttpAsync(node.ClientOptions.BaseAddress, await HelpClient.SignInCookieAsync(http, phone));
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
    }
}
