using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Kader;

/// <summary>Every test of <see cref="KaderAssignmentTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class KaderAssignmentTestsOnPostgreSql(PostgreSqlApplication app) : KaderAssignmentTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
