using Xunit.Abstractions;
using Xunit.Sdk;

namespace Learn.Tests.Core.Storage;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests, turning PostgreSQL ones into skipped tests when the servers are missing.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _fact = new(diagnostics);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StorageSkip.ReasonFor(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : _fact.Discover(discoveryOptions, testMethod, factAttribute);
}
