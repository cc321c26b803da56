namespace Learn.Tests.E2E;

/// <summary>Browser test classes run one after another and share one Chromium; each class has its own <see cref="BrowserApplication"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
