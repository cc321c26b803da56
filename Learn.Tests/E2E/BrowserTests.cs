namespace Learn.Tests.E2E;

/// <summary>Browser tests share one server and one Chromium; each test has its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserApplication>
{
    public const string Name = "browser";
}
