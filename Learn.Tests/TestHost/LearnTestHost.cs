using System.Collections.Immutable;
using Learn.Core.Storage;
using Learn.Tests.Core.Storage;
using Learn.Tests.Web;

namespace Learn.Tests.TestHost;

/// <summary>
/// How a test host is made, in one fluent description: the database provider (a database of its own, or one shared by
/// a province's nodes), the courses, Redis, extra settings, an in-memory server or a real Kestrel port, and it always gets
/// a clock of its own. <see cref="Build"/> makes the <see cref="LearnApplication"/>, whose ConfigureWebHost is the
/// one place a test host is configured. Each step returns a copy, so one description can build several nodes.
/// </summary>
public sealed record LearnTestHost
{
    public static LearnTestHost Sqlite { get; } = new();

    public static LearnTestHost PostgreSql { get; } = new() { Provider = StorageProviders.PostgreSql };

    public string Provider { get; private init; } = StorageProviders.Sqlite;

    public string CoursesPath { get; private init; } = TestPaths.GoodCourses;

    /// <summary>A folder kept between hosts (a restart of one installation); null gives the host a folder of its own.</summary>
    public string? DataFolder { get; private init; }

    /// <summary>A PostgreSQL database the hosts share (a province); null gives the host a database of its own.</summary>
    public string? SharedPostgreSql { get; private init; }

    public bool OnKestrel { get; private init; }

    public ImmutableDictionary<string, string?> Settings { get; private init; } = ImmutableDictionary<string, string?>.Empty;

    public static LearnTestHost For(string provider) => provider == StorageProviders.PostgreSql ? PostgreSql : Sqlite;

    public LearnTestHost WithCourses(string path) => this with { CoursesPath = path };

    /// <summary>The shipped curriculum (with the shop's scenarios) instead of the small sample tree.</summary>
    public LearnTestHost WithRealCourses() => WithCourses(TestPaths.RealCourses);

    /// <summary>An extra setting, applied after the host's own, so a test can also break or replace them.</summary>
    public LearnTestHost With(string key, string? value) => this with { Settings = Settings.SetItem(key, value) };

    /// <summary>Scale-out through Redis (the shared test server unless a test brings its own) under a key prefix of its own.</summary>
    public LearnTestHost WithRedis(string? address = null, string? keyPrefix = null) =>
        With("ConnectionStrings:Redis", address ?? TestServers.Redis).With("Redis:KeyPrefix", keyPrefix ?? $"learn-test-{Guid.NewGuid():N}");

    /// <summary>Uses (and leaves in place) this data folder, with its SQLite file and keys: start a second host on it to restart.</summary>
    public LearnTestHost InFolder(string folder) => this with { DataFolder = folder };

    /// <summary>Uses (and leaves in place) a PostgreSQL database made by <see cref="TestDatabase"/> for several nodes.</summary>
    public LearnTestHost OnDatabase(TestDatabase database) =>
        this with { Provider = database.Provider, SharedPostgreSql = database.ConnectionString };

    /// <summary>A real Kestrel server on a free loopback port (.NET 10 UseKestrel(0)), for a browser or a second node.</summary>
    public LearnTestHost WithKestrel() => this with { OnKestrel = true };

    public LearnApplication Build()
    {
        var app = new LearnApplication(this);
        if (OnKestrel)
        {
            app.UseKestrel(0);
        }

        return app;
    }
}
