using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Offline;

/// <summary>Every test of <see cref="SyncApiTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class SyncApiTestsOnPostgreSql(PostgreSqlApplication app) : SyncApiTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
