using Microsoft.Extensions.Time.Testing;

namespace Learn.Tests.TestHost;

/// <summary>
/// Every test host, database and service under test starts its own fake clock at the same instant, so one test
/// class's advances never reach another's and a test reads the same "now" whichever ran before it.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider New() => new(Start);
}
