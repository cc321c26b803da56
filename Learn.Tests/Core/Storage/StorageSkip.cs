using Xunit.Abstractions;

namespace Learn.Tests.Core.Storage;

internal static class StorageSkip
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        typeof(IRunsOnPostgreSql).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType()) ? TestServers.SkipReason : null;
}
