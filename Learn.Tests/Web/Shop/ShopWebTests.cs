namespace Learn.Tests.Web.Shop;

/// <summary>The shop's integration test classes run one after another; each has its own <see cref="ShopApplication"/> (IClassFixture).</summary>
[CollectionDefinition(Name)]
public sealed class ShopWebTests
{
    public const string Name = "shop-web";
}
