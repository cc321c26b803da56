namespace Learn.Core.Kader;

/// <summary>
/// When a kader can meet learners: seven days (Monday first) by three parts of the day, as bits.
/// Stored as one integer; shown as a grid of checkboxes.
/// </summary>
public static class WeeklyAvailability
{
    public const int Days = 7;
    public const int Parts = 3;
    public const int Everything = (1 << (Days * Parts)) - 1;

    public static int Bit(int day, int part) => 1 << ((day * Parts) + part);

    public static bool Has(int mask, int day, int part) => (mask & Bit(day, part)) != 0;

    public static int Count(int mask) => int.PopCount(mask & Everything);
}
