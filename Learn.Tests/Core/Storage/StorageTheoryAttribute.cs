using Xunit.Sdk;

namespace Learn.Tests.Core.Storage;

/// <summary>The theory form of <see cref="StorageFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Learn.Tests.Core.Storage.StorageTheoryDiscoverer", "Learn.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageTheoryAttribute : TheoryAttribute;
