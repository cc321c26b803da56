using Learn.Tests.Core.Storage;

namespace Learn.Tests.Web.Help;

/// <summary>Every test of <see cref="HelpAttachmentTests"/> again, on PostgreSQL.</summary>
[Collection(PostgreSqlWebTests.Name)]
public sealed class HelpAttachmentTestsOnPostgreSql(PostgreSqlApplication app) : HelpAttachmentTests(app), IRunsOnPostgreSql, IClassFixture<PostgreSqlApplication>;
