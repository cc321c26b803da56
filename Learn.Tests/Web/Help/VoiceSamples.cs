using System.Buffers.Binary;
using System.Text;

namespace Learn.Tests.Web.Help;

/// <summary>
/// Voice notes laid out as browsers' MediaRecorder writes them: WebM with unknown-size Segment and Clusters,
/// an Opus track and 20 ms SimpleBlocks (no Duration element), and Ogg pages with an OpusHead and granule positions.
/// The packets are not real sound; the server reads only the containers.
/// </summary>
public static class VoiceSamples
{
    private static readonly byte[] UnknownSize = [0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

    /// <summary>A WebM/Opus note of <paramref name="length"/>, padded with <paramref name="bytesPerPacket"/> per 20 ms packet.</summary>
    public static byte[] Webm(TimeSpan length, int bytesPerPacket = 60, bool video = false)
    {
        using var file = new MemoryStream();
        Element(file, [0x1A, 0x45, 0xDF, 0xA3], [.. Element([0x42, 0x86], [1]), .. Element([0x42, 0x82], "webm"u8.ToArray())]);
        file.Write([0x18, 0x53, 0x80, 0x67]);
        file.Write(UnknownSize);
        Element(file, [0x15, 0x49, 0xA9, 0x66], Element([0x2A, 0xD7, 0xB1], [0x0F, 0x42, 0x40]));
        var track = new List<byte>();
        track.AddRange(Element([0xD7], [1]));
        track.AddRange(Element([0x83], [video ? (byte)1 : (byte)2]));
        track.AddRange(Element([0x86], Encoding.ASCII.GetBytes(video ? "V_VP8" : "A_OPUS")));
        Element(file, [0x16, 0x54, 0xAE, 0x6B], Element([0xAE], [.. track]));
        var packets = (int)(length.TotalMilliseconds / 20);
        for (var i = 0; i < packets; i++)
        {
            var time = i * 20;
            if (time % 1000 == 0)
            {
                file.Write([0x1F, 0x43, 0xB6, 0x75]);
                file.Write(UnknownSize);
                Element(file, [0xE7], BigEndian((ulong)time, 4));
            }

            var block = new byte[4 + bytesPerPacket];
            block[0] = 0x81;
            BinaryPrimitives.WriteInt16BigEndian(block.AsSpan(1, 2), (short)(time % 1000));
            block[3] = 0x80;
            // Opus TOC: CELT fullband 20 ms (config 31), one frame.
            block[4] = 0xF8;
            Random.Shared.NextBytes(block.AsSpan(5));
            Element(file, [0xA3], block);
        }

        return file.ToArray();
    }

    /// <summary>An Ogg/Opus note of <paramref name="length"/> (48 kHz granules, 312 samples of pre-skip as libopus writes).</summary>
    public static byte[] Ogg(TimeSpan length)
    {
        using var file = new MemoryStream();
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1;
        head[9] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10, 2), 312);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12, 4), 48_000);
        Page(file, 2, 0, 0, head);
        Page(file, 0, 0, 1, [.. "OpusTags"u8, 0, 0, 0, 0, 0, 0, 0, 0]);
        var packets = (int)(length.TotalMilliseconds / 20);
        var sequence = 2;
        for (var i = 0; i < packets; i += 50)
        {
            var inPage = Math.Min(50, packets - i);
            var body = new byte[inPage * 40];
            Random.Shared.NextBytes(body);
            Page(file, (byte)(i + inPage >= packets ? 4 : 0), 312 + ((long)(i + inPage) * 960), sequence++, body, 40);
        }

        return file.ToArray();
    }

    private static void Page(MemoryStream file, byte type, long granule, int sequence, byte[] body, int packet = 0)
    {
        var lacing = new List<byte>();
        if (packet == 0)
        {
            lacing.Add((byte)body.Length);
        }
        else
        {
            for (var i = 0; i < body.Length / packet; i++)
            {
                lacing.Add((byte)packet);
            }
        }

        var header = new byte[27];
        "OggS"u8.CopyTo(header);
        header[5] = type;
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(6, 8), granule);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(14, 4), 1234);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(18, 4), sequence);
        header[26] = (byte)lacing.Count;
        file.Write(header);
        file.Write(lacing.ToArray());
        file.Write(body);
    }

    private static byte[] Element(byte[] id, byte[] body)
    {
        using var element = new MemoryStream();
        Element(element, id, body);
        return element.ToArray();
    }

    private static void Element(Stream to, byte[] id, byte[] body)
    {
        to.Write(id);
        // Sizes as 4-byte vints (0x10 marker), as most muxers write them.
        to.Write([(byte)(0x10 | (body.Length >> 24)), (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length]);
        to.Write(body);
    }

    private static byte[] BigEndian(ulong value, int length)
    {
        var bytes = new byte[length];
        for (var i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)value;
            value >>= 8;
        }

        return bytes;
    }
}
