namespace Learn.Core.Shop.Scenarios;

/// <summary>
/// Turns a scenario and a seed into the exact sequence of buyers. Everything random comes from one
/// <see cref="Random"/> made from the seed, so the same scenario and seed replay identically.
/// </summary>
public static class ScenarioEngine
{
    public static IReadOnlyList<PlannedOrder> Plan(Scenario scenario, int seed)
    {
        var random = new Random(seed);
        var drafts = new List<(int Day, int Minute, ScenarioBuyer Buyer, bool Crowd)>();
        foreach (var buyer in scenario.Buyers)
        {
            drafts.Add((buyer.Day, random.Next(7 * 60, 21 * 60), buyer, false));
        }

        if (scenario.Crowd is { } crowd)
        {
            for (var i = 0; i < crowd.Count; i++)
            {
                var name = crowd.Names[random.Next(crowd.Names.Count)];
                var city = crowd.Cities[random.Next(crowd.Cities.Count)];
                var payment = crowd.Payments[random.Next(crowd.Payments.Count)];
                var day = random.Next(1, scenario.Days + 1);
                var quantity = random.Next(1, 4);
                drafts.Add((day, random.Next(7 * 60, 21 * 60), new ScenarioBuyer(name, city, day, quantity, payment, null, Twist.None, null), true));
            }
        }

        var ordered = drafts.OrderBy(d => d.Day).ThenBy(d => d.Minute).ToList();
        var plan = new List<PlannedOrder>(ordered.Count);
        foreach (var (day, minute, buyer, isCrowd) in ordered)
        {
            var review = buyer.Review ?? random.Next(4, 6);
            var scamAmount = buyer.Twist switch
            {
                Twist.Overpaid => random.Next(2, 11) * 10_000L,
                Twist.FakeCourierFee => random.Next(2, 6) * 5_000L,
                _ => 0L,
            };
            plan.Add(new PlannedOrder(plan.Count + 1, day, minute, buyer.Name, buyer.City, buyer.Quantity, buyer.Payment,
                buyer.Twist, buyer.Question, review, random.Next(1, 1000), CourierDays(random, isCrowd), random.Next(int.MaxValue), scamAmount));
        }

        return plan;
    }

    /// <summary>Named buyers' parcels take one day, so a lesson's scenario reads the same for everyone; a crowd's take one or two.</summary>
    private static int CourierDays(Random random, bool crowd)
    {
        var days = random.Next(1, 3);
        return crowd ? days : 1;
    }

    /// <summary>Simulated shop visits for one product on one day of a run: the base of the conversion figures.</summary>
    public static int VisitsFor(int seed, int day, int productId) =>
        new Random(unchecked((seed * 7919) + (day * 131) + productId)).Next(3, 16);
}
