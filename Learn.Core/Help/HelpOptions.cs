using System.ComponentModel.DataAnnotations;

namespace Learn.Core.Help;

/// <summary>Live-help settings (section "Help"), validated when the app starts.</summary>
public sealed class HelpOptions
{
    public const string Section = "Help";

    /// <summary>How long a request waits for a first reply before it goes to the next circle of helpers.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Help:EscalateAfter must be between 5 seconds and 1 day.")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How often help files no message points to are looked for; one found twice in a row is removed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Help:SweepFilesEvery must be between 1 minute and 7 days.")]
    public TimeSpan SweepFilesEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often waiting requests are checked for escalation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Help:CheckEvery must be between 1 second and 10 minutes.")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(15);

    [Range(10, 4000, ErrorMessage = "Help:MaxMessageLength must be between 10 and 4000.")]
    public int MaxMessageLength { get; set; } = 1000;

    /// <summary>Messages one person may send per minute, across all their conversations.</summary>
    [Range(1, 100_000, ErrorMessage = "Help:MessagesPerMinute must be between 1 and 100000.")]
    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>The longest voice note, as its container says (the recorder stops here too).</summary>
    [Range(5, 600, ErrorMessage = "Help:MaxVoiceSeconds must be between 5 and 600.")]
    public int MaxVoiceSeconds { get; set; } = 60;

    /// <summary>
    /// The largest voice note in bytes. Speech in Opus at the 24 kbit/s the recorder asks for is about 30 KB per
    /// 10 s; the default leaves room for 60 s at 32 kbit/s with the container's overhead.
    /// </summary>
    [Range(16 * 1024, 10 * 1024 * 1024, ErrorMessage = "Help:MaxVoiceBytes must be between 16 KB and 10 MB.")]
    public int MaxVoiceBytes { get; set; } = 256 * 1024;

    /// <summary>A help photo's longest side after it is shrunk (screenshots must stay readable).</summary>
    [Range(320, 4096, ErrorMessage = "Help:PhotoMaxSide must be between 320 and 4096.")]
    public int PhotoMaxSide { get; set; } = 1280;

    /// <summary>The thumbnail's longest side, shown in the chat; tapping it opens the full photo.</summary>
    [Range(64, 1024, ErrorMessage = "Help:ThumbnailMaxSide must be between 64 and 1024.")]
    public int ThumbnailMaxSide { get; set; } = 320;
}
