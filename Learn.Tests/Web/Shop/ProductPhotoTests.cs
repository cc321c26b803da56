using Learn.Core;
using Learn.Core.Shop;
using SkiaSharp;

namespace Learn.Tests.Web.Shop;

public sealed class ProductPhotoTests
{
    private static byte[] Process(byte[] bytes) => ProductPhoto.Process(new MemoryStream(bytes), bytes.Length);

    [Fact]
    public void APixelBombIsRefusedFromItsHeaderWithoutEverBeingDecoded()
    {
        var bomb = TestImages.PngHeaderOnly(12_000, 12_000);
        using (var codec = SKCodec.Create(new MemoryStream(bomb)))
        {
            Assert.Equal((12_000, 12_000), (codec.Info.Width, codec.Info.Height));
        }

        var decodes = 0;
        var e = Assert.Throws<LearnDomainException>(() => ProductPhoto.Process(new MemoryStream(bomb), bomb.Length, codec =>
        {
            decodes++;
            return SKBitmap.Decode(codec);
        }));

        Assert.Equal("shop.photo_too_many_pixels", e.Code);
        Assert.Equal(0, decodes);
    }

    [Fact]
    public void APhotoWithinThePixelBudgetIsDecodedOnce()
    {
        var photo = TestImages.Encode(SKEncodedImageFormat.Png, 2000, 1500);
        var decodes = 0;

        var jpeg = ProductPhoto.Process(new MemoryStream(photo), photo.Length, codec =>
        {
            decodes++;
            return SKBitmap.Decode(codec);
        });

        Assert.Equal(1, decodes);
        Assert.True(ProductPhoto.LooksLikeImage(jpeg));
    }

    [Fact]
    public void TheGpsFixtureReallyCarriesGpsExif()
    {
        var input = TestImages.JpegWithGps();
        Assert.True(TestImages.HasExif(input));
        Assert.True(TestImages.HasGpsTag(input));
        using var codec = SKCodec.Create(new MemoryStream(input));
        Assert.NotNull(codec);
    }

    [Fact]
    public void ReEncodingStripsTheGpsPosition()
    {
        var output = Process(TestImages.JpegWithGps());
        Assert.False(TestImages.HasExif(output));
        Assert.False(TestImages.HasGpsTag(output));
        Assert.True(ProductPhoto.LooksLikeImage(output));
    }

    [Fact]
    public void ALargePngIsShrunkToASmallJpeg()
    {
        var png = TestImages.Encode(SKEncodedImageFormat.Png, 2000, 1000);
        var output = Process(png);
        using var decoded = SKBitmap.Decode(output);
        Assert.Equal(ProductPhoto.MaxSide, decoded.Width);
        Assert.Equal(ProductPhoto.MaxSide / 2, decoded.Height);
        Assert.Equal([0xFF, 0xD8, 0xFF], output[..3]);
    }

    [Fact]
    public void TextWithAPhotoNameIsNotAnImage()
    {
        var e = Assert.Throws<LearnDomainException>(() => Process("bukan foto, hanya teks"u8.ToArray()));
        Assert.Equal("shop.photo_not_image", e.Code);
    }

    [Fact]
    public void AFileWithAJpegSignatureButBrokenContentIsNotAnImage()
    {
        var e = Assert.Throws<LearnDomainException>(() => Process([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]));
        Assert.Equal("shop.photo_not_image", e.Code);
    }
}
