using Learn.Tests.TestHost;

namespace Learn.Tests.Web;

/// <summary>The default test app on a fresh PostgreSQL database of its own (see <see cref="Core.Storage.TestServers"/>).</summary>
public sealed class PostgreSqlApplication() : LearnApplication(LearnTestHost.PostgreSql);
