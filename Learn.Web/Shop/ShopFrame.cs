namespace Learn.Web.Shop;

/// <summary>The top of every shop page: the SIMULASI banner, the simulated day and the shop's sections.</summary>
public sealed record ShopFrame(string ShopName, int Day, string Current, bool LearnerView = true);
