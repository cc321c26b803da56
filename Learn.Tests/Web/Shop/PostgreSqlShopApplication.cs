using Learn.Tests.TestHost;

namespace Learn.Tests.Web.Shop;

/// <summary>The shop's test app on a fresh PostgreSQL database of its own.</summary>
public sealed class PostgreSqlShopApplication() : ShopApplication(LearnTestHost.PostgreSql);
