using System.ComponentModel.DataAnnotations;

namespace Learn.Core.Help;

/// <summary>Live-help settings (section "Help"), validated when the app starts.</summary>
public sealed class HelpOptions
{
    public const string Section = "Help";

    /// <summary>How long a request waits for a first reply before it goes to the next circle of helpers.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Help:EscalateAfter must be between 5 seconds and 1 day.")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often waiting requests are checked for escalation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Help:CheckEvery must be between 1 second and 10 minutes.")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(15);

    [Range(10, 4000, ErrorMessage = "Help:MaxMessageLength must be between 10 and 4000.")]
    public int MaxMessageLength { get; set; } = 1000;

    /// <summary>Messages one person may send per minute, across all their conversations.</summary>
    [Range(1, 100_000, ErrorMessage = "Help:MessagesPerMinute must be between 1 and 100000.")]
    public int MessagesPerMinute { get; set; } = 20;
}
