using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Help;

/// <summary>Every test of <see cref="HelpPagesTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class HelpPagesTestsOnPostgreSql(PostgreSqlApplication app) : HelpPagesTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
