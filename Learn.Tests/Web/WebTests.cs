namespace Learn.Tests.Web;

/// <summary>One app (one SQLite file) shared by the integration tests; each test makes its own village and people.</summary>
[CollectionDefinition(Name)]
public sealed class WebTests : ICollectionFixture<LearnApplication>
{
    public const string Name = "web";
}
