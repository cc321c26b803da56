using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Shop;

/// <summary>Every test of <see cref="PhotoUploadTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlShopWebTests.Name)]
public sealed class PhotoUploadTestsOnPostgreSql(PostgreSqlShopApplication app) : PhotoUploadTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlShopApplication>;
