using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Facilitator;

/// <summary>Every test of <see cref="DashboardKaderAndHelpTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class DashboardKaderAndHelpTestsOnPostgreSql(PostgreSqlApplication app) : DashboardKaderAndHelpTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
