namespace Learn.Tests.Web;

/// <summary>The storage-dependent classes' second run, one after another; each has its own <see cref="PostgreSqlApplication"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlWebTests
{
    public const string Name = "web-postgresql";
}
