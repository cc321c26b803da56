using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Lessons;

/// <summary>Every test of <see cref="QuizAndProgressTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class QuizAndProgressTestsOnPostgreSql(PostgreSqlApplication app) : QuizAndProgressTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
