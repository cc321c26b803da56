using Learn.Core.Errors;
using SkiaSharp;

namespace Learn.Core.Shop;

/// <summary>
/// Makes a product photo safe and small: only real JPEG, PNG or WebP content is accepted (judged by its
/// bytes, not its name), it is scaled down and re-encoded as a small JPEG. Re-encoding writes pixels only,
/// so EXIF metadata, with any GPS location, is left behind.
/// </summary>
public static class ProductPhoto
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const int MaxSide = 800;
    public const int Quality = 75;

    /// <summary>
    /// The pixel budget: 25 megapixels (a 5000 × 5000 picture; phone cameras take 12 to 20). Decoding
    /// costs 4 bytes a pixel, so a tiny file of 12000 × 12000 would otherwise take over half a gigabyte.
    /// </summary>
    public const long MaxPixels = 25_000_000;

    /// <summary>The re-encoded JPEG bytes; a <see cref="LearnDomainException"/> when the upload is not a usable image.</summary>
    public static byte[] Process(Stream upload, long declaredLength) => Process(upload, declaredLength, SKBitmap.Decode);

    /// <summary>The same pipeline with another longest side (help photos and their thumbnails).</summary>
    public static byte[] Process(Stream upload, long declaredLength, int maxSide) => Process(upload, declaredLength, SKBitmap.Decode, maxSide);

    /// <summary>
    /// As <see cref="Process(Stream, long)"/>, with the decode step given (tests count its calls). The size is read
    /// from the header first; an image over <see cref="MaxPixels"/> is refused before any pixel is decoded.
    /// </summary>
    public static byte[] Process(Stream upload, long declaredLength, Func<SKCodec, SKBitmap?> decode) => Process(upload, declaredLength, decode, MaxSide);

    /// <inheritdoc cref="Process(Stream, long, Func{SKCodec, SKBitmap?})"/>
    public static byte[] Process(Stream upload, long declaredLength, Func<SKCodec, SKBitmap?> decode, int maxSide)
    {
        if (declaredLength > MaxUploadBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        upload.CopyTo(buffer);
        if (buffer.Length > MaxUploadBytes)
        {
            throw TooLarge();
        }

        var bytes = buffer.ToArray();
        if (!LooksLikeImage(bytes))
        {
            throw NotImage();
        }

        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw NotImage();
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            throw TooManyPixels();
        }

        using var decoded = decode(codec) ?? throw NotImage();
        using var upright = Orient(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(upright.Width, upright.Height));
        var width = Math.Max(1, (int)Math.Round(upright.Width * scale));
        var height = Math.Max(1, (int)Math.Round(upright.Height * scale));
        using var resized = scale < 1.0
            ? upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            : upright.Copy();
        using var opaque = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(opaque))
        {
            // Transparent PNG areas become white, as a marketplace shows them.
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(resized, 0, 0);
        }

        using var image = SKImage.FromBitmap(opaque);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return data.ToArray();
    }

    /// <summary>JPEG, PNG or WebP signatures.</summary>
    public static bool LooksLikeImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || (bytes.Length > 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));

    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return bitmap.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
            default:
                // Mirrored origins are rare from phone cameras; draw them unrotated.
                break;
        }

        canvas.DrawBitmap(bitmap, 0, 0);
        return result;
    }

    private static LearnDomainException TooLarge() =>
        new(ErrorKind.TooLarge, "shop.photo_too_large", $"The photo is larger than {MaxUploadBytes / (1024 * 1024)} MB.");

    private static LearnDomainException TooManyPixels() =>
        new("shop.photo_too_many_pixels", $"The photo has more than {MaxPixels / 1_000_000} megapixels.");

    private static LearnDomainException NotImage() =>
        new("shop.photo_not_image", "The file is not a JPEG, PNG or WebP photo.");
}
