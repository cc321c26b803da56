using Learn.Core.Storage;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Core.Facilitator.Roster;

/// <summary>Every test of <see cref="RosterImporterTests"/> again, on PostgreSQL.</summary>
public sealed class RosterImporterTestsOnPostgreSql : RosterImporterTests, IRunsOnPostgreSql
{
    protected override string Provider => StorageProviders.PostgreSql;
}
