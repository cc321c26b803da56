using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Facilitator;

/// <summary>Every test of <see cref="FacilitatorPagesTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class FacilitatorPagesTestsOnPostgreSql(PostgreSqlApplication app) : FacilitatorPagesTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
