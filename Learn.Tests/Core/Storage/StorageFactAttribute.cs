using Xunit.Sdk;

namespace Learn.Tests.Core.Storage;

/// <summary>
/// A test that depends on the database engine. In a class marked <see cref="IRunsOnPostgreSql"/> it needs
/// the servers of <see cref="TestServers"/>: without them (outside CI) it is reported as skipped with the reason.
/// </summary>
[XunitTestCaseDiscoverer("Learn.Tests.Core.Storage.StorageFactDiscoverer", "Learn.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;
