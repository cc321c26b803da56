using Learn.Core.Storage;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Hosting;

/// <summary>
/// Two web nodes of one province: real Kestrel hosts on loopback ports, one PostgreSQL database and one
/// Redis (with a key prefix of their own), started at the same moment. Escalation checks are left to
/// the tests (the timer waits ten minutes of the fake clocks).
/// </summary>
public sealed class Province : IAsyncDisposable
{
    private readonly string _database;

    private Province(string database, LearnApplication a, LearnApplication b)
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
        var database = await TestServers.CreateDatabaseAsync();
        var prefix = $"learn-test-{Guid.NewGuid():N}";
        LearnApplication Node()
        {
            var node = new LearnApplication
            {
                Provider = StorageProviders.PostgreSql,
                PostgreSqlConnectionString = database,
                CoursesPath = demoVillage ? TestPaths.RealCourses : TestPaths.GoodCourses,
            }
                .With("ConnectionStrings:Redis", redis ?? TestServers.Redis)
                .With("Redis:KeyPrefix", prefix)
                .With("Help:CheckEvery", "00:10:00")
                .With("Seed:DemoVillage", demoVillage ? "true" : "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                node.With(key, value);
            }

            node.UseKestrel(0);
            return node;
        }

        var a = Node();
        var b = Node();
        await Task.WhenAll(Task.Run(a.StartServer), Task.Run(b.StartServer));
        return new Province(database, a, b);
    }

    /// <summary>A client of one node that, like a phone's browser behind a load balancer, keeps its own cookies.</summary>
    public static HttpClient ClientOf(LearnApplication node) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node.ClientOptions.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await TestServers.DropDatabaseAsync(_database);
    }
}
