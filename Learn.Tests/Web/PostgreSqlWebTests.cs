namespace Learn.Tests.Web;

/// <summary>One PostgreSQL-backed app shared by the storage-dependent integration tests' second run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlWebTests : ICollectionFixture<PostgreSqlApplication>
{
    public const string Name = "web-postgresql";
}
