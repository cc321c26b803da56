namespace Learn.Tests.Web.Shop;

[CollectionDefinition(Name)]
public sealed class PostgreSqlShopWebTests : ICollectionFixture<PostgreSqlShopApplication>
{
    public const string Name = "shop-web-postgresql";
}
