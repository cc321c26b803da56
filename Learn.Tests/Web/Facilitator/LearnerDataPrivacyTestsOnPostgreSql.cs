using Learn.Tests.Core.Storage;
using Learn.Tests.Web.Shop;

namespace Learn.Tests.Web.Facilitator;

/// <summary>Every test of <see cref="LearnerDataPrivacyTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlShopWebTests.Name)]
public sealed class LearnerDataPrivacyTestsOnPostgreSql(PostgreSqlShopApplication app) : LearnerDataPrivacyTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlShopApplication>;
