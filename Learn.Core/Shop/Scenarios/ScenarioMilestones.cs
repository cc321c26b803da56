namespace Learn.Core.Shop.Scenarios;

/// <summary>
/// Which practice-shop milestones the shipped scenarios can award, and how many a learner earns by playing
/// each scenario once, so a readiness rule that asks for more than the shop can give is caught before start.
/// </summary>
public static class ScenarioMilestones
{
    /// <summary>Key to the most a learner earns in one play of every scenario; null means not limited by scenarios.</summary>
    public static IReadOnlyDictionary<string, int?> Awardable(IEnumerable<Scenario> scenarios)
    {
        var list = scenarios.ToList();
        var fulfilled = list.Sum(s => s.Buyers.Count(CanBeFulfilled) + (s.Crowd?.Count ?? 0));
        var scams = list.Sum(s => s.Buyers.Count(b => Twists.IsScam(b.Twist)));
        var margins = list.Count(s => s.Buyers.Any(CanBeFulfilled) || s.Crowd is { Count: > 0 });
        var awards = new Dictionary<string, int?>(StringComparer.Ordinal)
        {
            // A listing is earned on the product form, once per product, whichever scenario runs.
            [ShopService.MilestoneListing] = null,
        };
        Add(ShopService.MilestoneOrderFulfilled, fulfilled);
        Add(ShopService.MilestoneScamRefused, scams);
        Add(ShopService.MilestonePositiveMargin, margins);
        return awards;

        void Add(string key, int count)
        {
            if (count > 0)
            {
                awards[key] = count;
            }
        }
    }

    /// <summary>An order that can end delivered and reviewed without a mistake: it is paid and not cancelled.</summary>
    public static bool CanBeFulfilled(ScenarioBuyer buyer) =>
        buyer.Twist is not (Twist.Cancel or Twist.CodRefused) && !(buyer.Payment == Payment.Transfer && Twists.NeverPays(buyer.Twist));
}
