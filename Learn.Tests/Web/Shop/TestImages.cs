using SkiaSharp;

namespace Learn.Tests.Web.Shop;

/// <summary>Real images made in the test, and a JPEG with a hand-written EXIF segment holding a GPS position.</summary>
public static class TestImages
{
    public static byte[] Encode(SKEncodedImageFormat format, int width = 1200, int height = 900)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SandyBrown);
            using var paint = new SKPaint { Color = SKColors.DarkGreen };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A "pixel bomb": a PNG of a few hundred bytes whose header says <paramref name="width"/> × <paramref name="height"/>.
    /// Written by hand (header, one tiny compressed row, end), so the test never holds the pixels itself.
    /// </summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var png = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            png.AddRange(BigEndian((uint)data.Length));
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.AddRange(typed);
            png.AddRange(BigEndian(Crc32(typed)));
        }

        Chunk("IHDR", [.. BigEndian((uint)width), .. BigEndian((uint)height), 8, 2, 0, 0, 0]);
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (3 * Math.Min(width, 4096))]);
        }

        Chunk("IDAT", compressed.ToArray());
        Chunk("IEND", []);
        return [.. png];
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>
    /// A JPEG whose APP1 "Exif" segment has IFD0 → GPS IFD with GPSLatitudeRef "S" and GPSLatitude 7° 33′ 0″
    /// (big-endian TIFF), inserted right after the SOI marker.
    /// </summary>
    public static byte[] JpegWithGps()
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(uint v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        U16(1);                 // IFD0: one entry
        U16(0x8825); U16(4); U32(1); U32(26);   // GPSInfo → GPS IFD at 26
        U32(0);
        U16(2);                 // GPS IFD: two entries
        U16(0x0001); U16(2); U32(2); tiff.AddRange("S\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(56);   // three rationals at 56
        U32(0);
        foreach (var (n, d) in new[] { (7u, 1u), (33u, 1u), (0u, 1u) })
        {
            U32(n);
            U32(d);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        var jpeg = Encode(SKEncodedImageFormat.Jpeg, 400, 300);
        return [.. jpeg.Take(2), .. app1, .. jpeg.Skip(2)];
    }

    public static bool HasExif(byte[] jpeg) => IndexOf(jpeg, "Exif\0\0"u8.ToArray()) >= 0;

    public static bool HasGpsTag(byte[] jpeg) => IndexOf(jpeg, [0x88, 0x25, 0x00, 0x04]) >= 0;

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
