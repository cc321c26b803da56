namespace Learn.Core.Help;

/// <summary>How long one Opus packet plays, from its first byte (RFC 6716, section 3.1).</summary>
internal static class OpusPacket
{
    public static long? DurationMicros(ReadOnlySpan<byte> packet)
    {
        if (packet.Length == 0)
        {
            return null;
        }

        var config = packet[0] >> 3;
        long frame = config switch
        {
            < 12 => (config % 4) switch { 0 => 10_000, 1 => 20_000, 2 => 40_000, _ => 60_000 },
            < 16 => config % 2 == 0 ? 10_000 : 20_000,
            _ => (config % 4) switch { 0 => 2_500, 1 => 5_000, 2 => 10_000, _ => 20_000 },
        };
        var frames = (packet[0] & 0x3) switch
        {
            0 => 1,
            1 or 2 => 2,
            _ => packet.Length > 1 ? packet[1] & 0x3F : 0,
        };
        return frame * frames;
    }
}
