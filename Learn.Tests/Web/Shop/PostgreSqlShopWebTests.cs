namespace Learn.Tests.Web.Shop;

/// <summary>The shop's PostgreSQL test classes run one after another; each has its own <see cref="PostgreSqlShopApplication"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlShopWebTests
{
    public const string Name = "shop-web-postgresql";
}
