using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Help;

/// <summary>Every test of <see cref="HelpHubTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class HelpHubTestsOnPostgreSql(PostgreSqlApplication app) : HelpHubTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
