using Learn.Core.Shop.Scenarios;

namespace Learn.Tests.Core.Shop;

public sealed class ScenarioEngineTests
{
    public static TheoryData<string> ShippedScenarioIds()
    {
        var data = new TheoryData<string>();
        foreach (var s in ShopFixture.Shipped.Value.Scenarios)
        {
            data.Add(s.Id);
        }

        return data;
    }

    private static Scenario Find(string id) => ShopFixture.Shipped.Value.Scenarios.Single(s => s.Id == id);

    [Theory]
    [MemberData(nameof(ShippedScenarioIds))]
    public void TheSameScenarioAndSeedGiveTheSameEventSequence(string id)
    {
        var first = ScenarioEngine.Plan(Find(id), 1234);
        var second = ScenarioEngine.Plan(Find(id), 1234);
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ADifferentSeedGivesADifferentBusyWeek()
    {
        var a = ScenarioEngine.Plan(Find("lebaran-week"), 1);
        var b = ScenarioEngine.Plan(Find("lebaran-week"), 2);
        Assert.Equal(a.Count, b.Count);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void BuyersArriveInDayOrderWithinTheScenarioDays()
    {
        var scenario = Find("lebaran-week");
        var plan = ScenarioEngine.Plan(scenario, 61);
        Assert.Equal(14, plan.Count);
        Assert.All(plan, p => Assert.InRange(p.Day, 1, scenario.Days));
        Assert.Equal(plan.OrderBy(p => p.Day).ThenBy(p => p.Minute), plan);
    }

    [Fact]
    public void VisitsAreDrawnFromTheSeedToo() =>
        Assert.Equal(ScenarioEngine.VisitsFor(5, 3, 7), ScenarioEngine.VisitsFor(5, 3, 7));
}
