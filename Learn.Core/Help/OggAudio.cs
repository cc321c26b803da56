using System.Buffers.Binary;

namespace Learn.Core.Help;

/// <summary>
/// Reads an Ogg audio file far enough to trust it: every page well formed, the first one an Opus or
/// Vorbis head, and the length from the last page's granule position (samples played so far).
/// </summary>
internal static class OggAudio
{
    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.StartsWith("OggS"u8);

    public static AudioInfo? Read(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        long granule = -1;
        long rate = 0, preSkip = 0;
        var first = true;
        while (at < bytes.Length)
        {
            var page = bytes[at..];
            if (page.Length < 27 || !page.StartsWith("OggS"u8) || page[4] != 0)
            {
                return null;
            }

            int segments = page[26];
            if (page.Length < 27 + segments)
            {
                return null;
            }

            var bodyLength = 0;
            foreach (var lacing in page.Slice(27, segments))
            {
                bodyLength += lacing;
            }

            var headerLength = 27 + segments;
            if (page.Length < headerLength + bodyLength)
            {
                return null;
            }

            var body = page.Slice(headerLength, bodyLength);
            if (first)
            {
                if (body.Length >= 19 && body.StartsWith("OpusHead"u8))
                {
                    rate = 48_000;
                    preSkip = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(10, 2));
                }
                else if (body.Length >= 16 && body[0] == 1 && body.Slice(1, 6).SequenceEqual("vorbis"u8))
                {
                    rate = BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(12, 4));
                }
                else
                {
                    return null;
                }

                first = false;
            }

            var position = BinaryPrimitives.ReadInt64LittleEndian(page.Slice(6, 8));
            // -1 marks a page on which no packet ends.
            if (position >= 0)
            {
                granule = Math.Max(granule, position);
            }

            at += headerLength + bodyLength;
        }

        if (first || rate <= 0 || granule < 0)
        {
            return null;
        }

        var samples = Math.Max(0, granule - preSkip);
        return new AudioInfo("audio/ogg", TimeSpan.FromSeconds((double)samples / rate));
    }
}
