using Learn.Core.Storage;

namespace Learn.Tests.Web;

/// <summary>The shared test app on a fresh PostgreSQL database (see <see cref="Core.Storage.TestServers"/>).</summary>
public sealed class PostgreSqlApplication : LearnApplication
{
    public PostgreSqlApplication() => Provider = StorageProviders.PostgreSql;
}
