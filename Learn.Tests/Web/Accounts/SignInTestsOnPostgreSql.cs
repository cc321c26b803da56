using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Accounts;

/// <summary>Every test of <see cref="SignInTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class SignInTestsOnPostgreSql(PostgreSqlApplication app) : SignInTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
