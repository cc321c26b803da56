using Learn.Core.Errors;

namespace Learn.Core.Shop;

/// <summary>One play of a scenario in a shop, from a seed. Buyers arrive as the shop's days pass.</summary>
public sealed class ScenarioRun
{
    private ScenarioRun()
    {
        ScenarioId = Result = string.Empty;
    }

    public ScenarioRun(long shopId, string scenarioId, int seed, int startDay, DateTimeOffset startedAt)
    {
        ShopId = shopId;
        ScenarioId = scenarioId;
        Seed = seed;
        StartDay = startDay;
        StartedAt = startedAt;
        Result = string.Empty;
    }

    public long Id { get; private set; }

    public long ShopId { get; private set; }

    public string ScenarioId { get; private set; }

    public int Seed { get; private set; }

    public int StartDay { get; private set; }

    /// <summary>How many planned buyers have arrived so far.</summary>
    public int Arrived { get; private set; }

    public RunStatus Status { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The figures judged at the end, e.g. "fulfilled 2/1, scams refused 1/1, mistakes 0/0".</summary>
    public string Result { get; private set; }

    public bool IsActive => Status == RunStatus.Active;

    /// <summary>The scenario day (1-based) that corresponds to the shop's <paramref name="shopDay"/>.</summary>
    public int ScenarioDay(int shopDay) => shopDay - StartDay + 1;

    public void BuyerArrived() => Arrived++;

    public void Finish(bool succeeded, string result, DateTimeOffset at)
    {
        if (!IsActive)
        {
            throw new LearnDomainException(ErrorKind.Conflict, "shop.run_finished", "This scenario has already ended.");
        }

        Status = succeeded ? RunStatus.Succeeded : RunStatus.Failed;
        Result = result;
        FinishedAt = at;
    }

    public void Stop(DateTimeOffset at)
    {
        if (IsActive)
        {
            Status = RunStatus.Stopped;
            FinishedAt = at;
        }
    }
}
