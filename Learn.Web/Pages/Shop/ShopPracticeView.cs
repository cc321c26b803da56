using Learn.Core.Sandbox.Scenarios;

namespace Learn.Web.Pages.Shop;

public sealed record ShopPracticeView(IReadOnlyList<Scenario> Scenarios, IReadOnlySet<string> Done);
