using Xunit.Abstractions;
using Xunit.Sdk;

namespace Learn.Tests.Core.Storage;

/// <summary>Discovers <see cref="StorageTheoryAttribute"/> tests, turning PostgreSQL ones into skipped tests when the servers are missing.</summary>
public sealed class StorageTheoryDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    private readonly TheoryDiscoverer _theory = new(diagnostics);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StorageSkip.ReasonFor(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : _theory.Discover(discoveryOptions, testMethod, factAttribute);
}
