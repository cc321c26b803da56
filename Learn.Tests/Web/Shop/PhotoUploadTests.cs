using System.Net;
using System.Net.Http.Headers;
using Learn.Core.Accounts;
using Learn.Tests.Core.Storage;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Learn.Tests.Web.Shop;

[Collection(ShopWebTests.Name)]
public class PhotoUploadTests(ShopApplication app) : IClassFixture<ShopApplication>
{
    private async Task<HttpClient> SignedInLearnerWithShopAsync()
    {
        var village = await app.AddVillageAsync("Foto " + Guid.NewGuid().ToString("N")[..6]);
        var learner = await app.AddAccountAsync(Role.Learner, village.Id);
        await app.WithShopAsync(shops => shops.OpenAsync(learner.Id, "Toko"));
        var client = app.CreateBrowserLikeClient();
        await client.SignInOkAsync(learner.Phone);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        var token = await client.GetAntiforgeryTokenAsync("/toko/produk/baru");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Keripik tempe pedas 250 g"), "Input.Name" },
            { new StringContent("Keripik tempe renyah dari kedelai lokal, pedas sedang, tahan dua minggu."), "Input.Description" },
            { new StringContent("25000"), "Input.Price" },
            { new StringContent("10000"), "Input.Cost" },
            { new StringContent("10"), "Input.Stock" },
            { new StringContent("250"), "Input.WeightGrams" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Photo", fileName);
        return await client.PostAsync("/toko/produk/baru", form);
    }

    [StorageTheory]
    [InlineData(SKEncodedImageFormat.Jpeg, "keripik.jpg", "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "keripik.png", "image/png")]
    public async Task ARealJpegOrPngIsAcceptedAndServedSmall(SKEncodedImageFormat format, string name, string type)
    {
        var client = await SignedInLearnerWithShopAsync();
        var response = await UploadAsync(client, TestImages.Encode(format), name, type);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetStringAsync("/toko/produk");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/toko/foto/(\\d+)").Groups[1].Value;
        var photo = await client.GetAsync($"/toko/foto/{id}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(photo.Headers.GetValues("X-Content-Type-Options")));
        using var decoded = SKBitmap.Decode(await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(800, decoded.Width);
        Assert.Contains("Listing memenuhi aturan", list, StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task ATextFileRenamedToJpgIsRejectedWithAClearMessage()
    {
        var client = await SignedInLearnerWithShopAsync();
        var response = await UploadAsync(client, "ini bukan foto"u8.ToArray(), "foto.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("File ini bukan foto JPG, PNG, atau WebP", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task APixelBombIsRefusedNamingTheLargestSizeAndNothingIsStored()
    {
        var client = await SignedInLearnerWithShopAsync();

        var response = await UploadAsync(client, TestImages.PngHeaderOnly(12_000, 12_000), "bom.png", "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("paling besar 25 megapiksel", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("/toko/foto/", await client.GetStringAsync("/toko/produk"), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task AnOversizedFileIsRejectedWithAClearMessage()
    {
        var client = await SignedInLearnerWithShopAsync();
        var big = new byte[6 * 1024 * 1024];
        TestImages.Encode(SKEncodedImageFormat.Jpeg).CopyTo(big, 0);
        var response = await UploadAsync(client, big, "besar.jpg", "image/jpeg");
        // "Too large" is its own kind of broken rule, 413 wherever it is met (the shop form, help.js's uploads).
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Foto terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [StorageFact]
    public async Task TheStoredPhotoHasNoGpsPosition()
    {
        var client = await SignedInLearnerWithShopAsync();
        var response = await UploadAsync(client, TestImages.JpegWithGps(), "dengan-gps.jpg", "image/jpeg");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await app.WithDbAsync(db => db.ShopProducts.OrderByDescending(p => p.Id).Select(p => new { p.Id, p.ShopId, p.PhotoFile }).FirstAsync());
        var stored = await File.ReadAllBytesAsync(Path.Combine(app.DataFolder, "shop-photos", file.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture), file.PhotoFile!));
        Assert.False(TestImages.HasExif(stored));
        Assert.False(TestImages.HasGpsTag(stored));
        var served = await client.GetByteArrayAsync($"/toko/foto/{file.Id}");
        Assert.Equal(stored, served);
    }
}
