using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Core.Shop.Scenarios;
using Learn.Core.Storage;
using Learn.Core.Villages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.Core.Shop;

/// <summary>A shop service over an in-memory SQLite database, with the shipped scenarios (or given ones).</summary>
public sealed class ShopFixture : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ShopFixture(IEnumerable<Scenario>? scenarios = null)
    {
        _connection.Open();
        Db = new LearnDbContext(new DbContextOptionsBuilder<LearnDbContext>().UseSqlite(_connection).Options);
        // Through the migrations, as the app does: a test never runs on a schema the app would not have.
        Db.Database.Migrate();
        Catalog = new ScenarioCatalog();
        Catalog.Use(scenarios ?? Shipped.Value.Scenarios);
        Service = new ShopService(Db, Catalog, Time, new AccessPolicy(Db));
    }

    public static Lazy<ScenarioLoadResult> Shipped { get; } = new(() =>
    {
        var courses = new CourseLoader().Load(TestPaths.RealCourses, DateTimeOffset.UnixEpoch).Snapshot!;
        return ScenarioLoader.Load(Path.Combine(TestPaths.RealCourses, ScenarioLoader.FolderName), courses);
    });

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

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

    public void Dispose()
    {
        Db.Dispose();
        _connection.Dispose();
    }
}
