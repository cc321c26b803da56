namespace Learn.Core.Shop;

/// <summary>A learner's practice shop ("Toko Latihan"). Its clock is a simulated day, not wall time.</summary>
public sealed class PracticeShop
{
    /// <summary>Business capital every practice shop starts with, kept apart from household money.</summary>
    public const long StartingCapital = 500_000;

    private PracticeShop()
    {
        Name = string.Empty;
    }

    public PracticeShop(int learnerId, string name, DateTimeOffset createdAt)
    {
        LearnerId = learnerId;
        Name = name;
        CreatedAt = createdAt;
        Day = 1;
    }

    public long Id { get; private set; }

    public int LearnerId { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The simulated day; fast-forward moves it by one.</summary>
    public int Day { get; private set; }

    public void NextDay() => Day++;

    /// <summary>Back to day one, for a facilitator's reset.</summary>
    public void Restart() => Day = 1;
}
