using Learn.Core.Shop.Scenarios;

namespace Learn.Web.Shop;

public sealed record ShopPracticeView(IReadOnlyList<Scenario> Scenarios, IReadOnlySet<string> Done);
