using System.Buffers.Binary;

namespace Learn.Core.Help;

/// <summary>
/// Reads a WebM (Matroska/EBML) audio file far enough to trust it: the EBML header with doctype "webm",
/// only audio tracks, and the time of the last audio block (what browsers' MediaRecorder writes instead
/// of a Duration). Walks elements by their sizes; container elements are entered, the rest skipped.
/// </summary>
internal static class WebmAudio
{
    private const uint Ebml = 0x1A45DFA3, DocType = 0x4282, Segment = 0x18538067, Info = 0x1549A966, TimecodeScale = 0x2AD7B1,
        Duration = 0x4489, Tracks = 0x1654AE6B, TrackEntry = 0xAE, TrackType = 0x83, Cluster = 0x1F43B675, Timecode = 0xE7,
        SimpleBlock = 0xA3, BlockGroup = 0xA0, Block = 0xA1;

    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]);

    /// <summary>The length, or null when this is not WebM audio (a video, a broken file, no sound in it).</summary>
    public static AudioInfo? Read(ReadOnlySpan<byte> bytes)
    {
        if (!HasMagic(bytes) || !TryElement(bytes, 0, out _, out var headerStart, out var headerSize) || headerSize is null
            || headerStart + headerSize.Value > bytes.Length || !IsWebm(bytes.Slice(headerStart, (int)headerSize.Value)))
        {
            return null;
        }

        long scale = 1_000_000, cluster = 0, lastBlock = -1, lastFrames = 0;
        double? declared = null;
        var audioTracks = 0;
        var otherTracks = 0;
        var at = headerStart + (int)headerSize.Value;
        while (at < bytes.Length && TryElement(bytes, at, out var id, out var start, out var size))
        {
            var body = size is { } known && start + known <= bytes.Length ? bytes.Slice(start, (int)known) : bytes[start..];
            switch (id)
            {
                case Segment or Cluster or Tracks or BlockGroup:
                    at = start;
                    continue;
                case TrackEntry:
                    var type = ChildUInt(body, TrackType);
                    if (type == 2)
                    {
                        audioTracks++;
                    }
                    else
                    {
                        otherTracks++;
                    }

                    break;
                case Info:
                    scale = ChildUInt(body, TimecodeScale) is { } s and > 0 ? (long)s : scale;
                    declared = ChildFloat(body, Duration);
                    break;
                case Timecode:
                    cluster = (long)UInt(body);
                    break;
                case SimpleBlock or Block:
                    if (BlockTime(body) is { } block && cluster + block.Relative >= lastBlock)
                    {
                        lastBlock = cluster + block.Relative;
                        lastFrames = block.Micros;
                    }

                    break;
            }

            if (size is null)
            {
                // Only containers may have an unknown size; anything else cannot be walked past.
                break;
            }

            at = start + (int)size.Value;
        }

        if (audioTracks == 0 || otherTracks > 0 || lastBlock < 0)
        {
            return null;
        }

        var blocksEnd = TimeSpan.FromTicks(((lastBlock * scale) / 100) + (lastFrames * TimeSpan.TicksPerMicrosecond));
        var fromInfo = declared is { } d ? TimeSpan.FromTicks((long)(d * scale / 100)) : TimeSpan.Zero;
        return new AudioInfo("audio/webm", blocksEnd > fromInfo ? blocksEnd : fromInfo);
    }

    private static bool IsWebm(ReadOnlySpan<byte> header)
    {
        var at = 0;
        while (at < header.Length && TryElement(header, at, out var id, out var start, out var size) && size is { } known && start + known <= header.Length)
        {
            if (id == DocType)
            {
                return header.Slice(start, (int)known).TrimEnd((byte)0).SequenceEqual("webm"u8);
            }

            at = start + (int)known;
        }

        return false;
    }

    /// <summary>A block's time relative to its cluster, and how long its Opus packet plays (microseconds; 20 ms when unknown).</summary>
    private static (long Relative, long Micros)? BlockTime(ReadOnlySpan<byte> block)
    {
        if (!TryVint(block, 0, out var trackLength, out _, out _) || block.Length < trackLength + 3)
        {
            return null;
        }

        var relative = BinaryPrimitives.ReadInt16BigEndian(block.Slice(trackLength, 2));
        var payload = block[(trackLength + 3)..];
        return (relative, OpusPacket.DurationMicros(payload) ?? 20_000);
    }

    private static ulong? ChildUInt(ReadOnlySpan<byte> body, uint wanted)
    {
        var at = 0;
        while (at < body.Length && TryElement(body, at, out var id, out var start, out var size) && size is { } known && start + known <= body.Length)
        {
            if (id == wanted)
            {
                return UInt(body.Slice(start, (int)known));
            }

            at = start + (int)known;
        }

        return null;
    }

    private static double? ChildFloat(ReadOnlySpan<byte> body, uint wanted)
    {
        var at = 0;
        while (at < body.Length && TryElement(body, at, out var id, out var start, out var size) && size is { } known && start + known <= body.Length)
        {
            if (id == wanted)
            {
                var value = body.Slice(start, (int)known);
                return known switch
                {
                    4 => BinaryPrimitives.ReadSingleBigEndian(value),
                    8 => BinaryPrimitives.ReadDoubleBigEndian(value),
                    _ => null,
                };
            }

            at = start + (int)known;
        }

        return null;
    }

    private static ulong UInt(ReadOnlySpan<byte> value)
    {
        ulong result = 0;
        foreach (var b in value[..Math.Min(8, value.Length)])
        {
            result = (result << 8) | b;
        }

        return result;
    }

    /// <summary>An element at <paramref name="at"/>: its id (marker kept), where its body starts and its size (null = unknown).</summary>
    private static bool TryElement(ReadOnlySpan<byte> bytes, int at, out uint id, out int start, out long? size)
    {
        id = 0;
        start = 0;
        size = null;
        if (!TryVint(bytes, at, out var idLength, out _, out var raw) || idLength > 4
            || !TryVint(bytes, at + idLength, out var sizeLength, out var value, out _))
        {
            return false;
        }

        id = (uint)raw;
        start = at + idLength + sizeLength;
        // All value bits set means "unknown size" (a live recording does not know its length).
        size = value == (1UL << (7 * sizeLength)) - 1 ? null : (long)value;
        return size is null || size.Value <= int.MaxValue;
    }

    private static bool TryVint(ReadOnlySpan<byte> bytes, int at, out int length, out ulong value, out ulong raw)
    {
        length = 0;
        value = raw = 0;
        if (at >= bytes.Length || bytes[at] == 0)
        {
            return false;
        }

        length = System.Numerics.BitOperations.LeadingZeroCount((uint)bytes[at]) - 23;
        if (length > 8 || at + length > bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            raw = (raw << 8) | bytes[at + i];
        }

        value = raw & ((1UL << (7 * length)) - 1);
        return true;
    }
}
