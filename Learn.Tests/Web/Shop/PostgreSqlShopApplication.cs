using Learn.Core.Storage;

namespace Learn.Tests.Web.Shop;

/// <summary>The shop's test app on a fresh PostgreSQL database.</summary>
public sealed class PostgreSqlShopApplication : ShopApplication
{
    public PostgreSqlShopApplication() => Provider = StorageProviders.PostgreSql;
}
