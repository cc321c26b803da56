using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Learn.Tests.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Core.Shop;

/// <summary>A shop service over a migrated SQLite <see cref="TestDatabase"/>, with the shipped scenarios (or given ones).</summary>
public sealed class ShopFixture : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ShopFixture(TestDatabase database, IEnumerable<Scenario>? scenarios)
    {
        _database = database;
        Db = database.NewContext();
        Catalog = new ScenarioCatalog();
        Catalog.Use(scenarios ?? Shipped.Value.Scenarios);
        Service = new ShopService(Db, Catalog, Time, new AccessPolicy(Db));
    }

    /// <summary>Through the migrations, as the app does: a test never runs on a schema the app would not have.</summary>
    public static async Task<ShopFixture> CreateAsync(IEnumerable<Scenario>? scenarios = null) =>
        new(await TestDatabase.CreateAsync(), scenarios);

    public static Lazy<ScenarioLoadResult> Shipped { get; } = new(() =>
    {
        var courses = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;
        return ScenarioLoader.Load(Path.Combine(TestPaths.RealCourses, ScenarioLoader.FolderName), courses);
    });

    public FakeTimeProvider Time { get; } = TestClock.New();

    public LearnDbContext Db { get; }

    public ScenarioCatalog Catalog { get; }

    public ShopService Service { get; }

    public async Task<PracticeShop> NewShopAsync(int stock = 100, bool withPhoto = true)
    {
        var village = new Village("Desa " + Guid.NewGuid().ToString("N")[..6], "Ngemplak", "Boyolali");
        Db.Villages.Add(village);
        await Db.SaveChangesAsync();
        var learner = new Account("Siti", "0812" + Random.Shared.Next(10_000_000, 99_999_999), Role.Learner, village.Id, null,
            Gender.Female, 1980, Time.GetUtcNow(), null);
        learner.SetPinHash("x");
        Db.Accounts.Add(learner);
        await Db.SaveChangesAsync();
        var shop = await Service.OpenAsync(learner.Id, "Toko Siti");
        await Service.SaveProductAsync(shop, null, new ProductInput("Keripik tempe pedas 250 g",
            "Keripik tempe renyah dari tempe kedelai lokal, pedas sedang, tahan dua minggu.", 25_000, 10_000, stock, 250),
            withPhoto ? "photo.jpg" : null);
        return shop;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _database.DisposeAsync();
    }
}
