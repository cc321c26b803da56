using Learn.Core.Storage;
using Learn.Tests.Core.Storage;

namespace Learn.Tests.Core.Facilitator.Readiness;

/// <summary>Every test of <see cref="LearnerStandingsTests"/> again, on PostgreSQL.</summary>
public sealed class LearnerStandingsTestsOnPostgreSql : LearnerStandingsTests, IRunsOnPostgreSql
{
    protected override string Provider => StorageProviders.PostgreSql;
}
