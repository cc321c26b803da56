using Learn.Core.Accounts;
using Learn.Core.Shop;
using Learn.Tests.Web.Shop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class ShopJourneyTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    private async Task<Account> NewLearnerAsync()
    {
        var village = await browser.App.AddVillageAsync("Toko " + Guid.NewGuid().ToString("N")[..6]);
        return await browser.App.AddAccountAsync(Role.Learner, village.Id, "Ratna Sari");
    }

    private static async Task AtHomeAsync(IPage page) =>
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lanjutkan belajar" })).ToBeVisibleAsync();

    [Fact]
    public async Task ALearnerListsAProductShipsAPaidOrderAndSeesTheReviewAndCashBook()
    {
        var learner = await NewLearnerAsync();
        await browser.OnPhoneAsync(async page =>
        {
            await AtHomeAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Toko Latihan" }).ClickAsync();
            await Assertions.Expect(page.GetByText("SIMULASI", new() { Exact = true })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Buka Toko Latihan" }).ClickAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Tambah produk" }).First.ClickAsync();
            await page.GetByLabel("Nama produk").FillAsync("Keripik tempe pedas 250 g");
            await page.GetByLabel("Deskripsi").FillAsync("Keripik tempe renyah dari kedelai lokal, pedas sedang, tahan dua minggu.");
            await page.GetByLabel("Harga jual (Rp)").FillAsync("25000");
            await page.GetByLabel("Modal per barang (Rp)").FillAsync("10000");
            await page.GetByLabel("Stok").FillAsync("10");
            await page.GetByLabel("Berat per barang (gram)").FillAsync("250");
            await page.GetByLabel("Foto produk", new() { Exact = false }).SetInputFilesAsync(new FilePayload
            {
                Name = "keripik.jpg",
                MimeType = "image/jpeg",
                Buffer = TestImages.Encode(SKEncodedImageFormat.Jpeg),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan produk" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Listing memenuhi aturan")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("img[src^='/toko/foto/']")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Toko", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mulai skenario Pesanan pertama Anda" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Pesanan", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "dari Bu Wati" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Bisa dikirim hari ini?")).ToBeVisibleAsync();

            await page.GetByLabel("Balas pembeli").FillAsync("Masih ada, Bu. Hari ini saya kirim.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Anda menjawab pertanyaan pembeli.").First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Cek mutasi" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pembayaran cocok");
            await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke pesanan" }).ClickAsync();

            await page.GetByLabel("Kurir").SelectOptionAsync("SiCepat");
            await page.GetByLabel("Nomor resi").FillAsync("SCP123456789");
            await page.GetByRole(AriaRole.Button, new() { Name = "Kirim barang" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Anda mengecek mutasi dan uangnya sudah masuk").First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Toko", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Majukan satu hari" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Sekarang hari ke-2")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Berhasil").First).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Pesanan", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "dari Bu Wati" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Pembeli memberi ulasan 5 bintang.")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Buku kas" }).ClickAsync();
            var lines = page.Locator("#cash-lines");
            await Assertions.Expect(lines).ToContainTextAsync("Penjualan");
            await Assertions.Expect(lines).ToContainTextAsync("Ongkos kirim");
            await Assertions.Expect(page.Locator("#cash-totals")).Not.ToContainTextAsync("Omzet Rp 0");
        }, signInAs: learner.Phone);
    }

    [Fact]
    public async Task ALearnerIsShownAFakeTransferReceiptAndRefusesIt()
    {
        var learner = await NewLearnerAsync();
        await browser.OnPhoneAsync(async page =>
        {
            await AtHomeAsync(page);
            using (var scope = browser.App.Services.CreateScope())
            {
                var shops = scope.ServiceProvider.GetRequiredService<ShopService>();
                var shop = await shops.OpenAsync(learner.Id, "Toko Ratna");
                await shops.SaveProductAsync(shop, null, new ProductInput("Batik tulis Klaten", "Batik tulis motif parang.", 150_000, 90_000, 5, 300), null);
            }

            await page.GotoAsync("/toko");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mulai skenario Bukti transfer palsu" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Pesanan", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "dari Pak Hendra" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Gambar bukti transfer dari pembeli" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Cek mutasi" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Jangan kirim barang");
            await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke pesanan" }).ClickAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Tolak pesanan" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Anda menolak bukti transfer palsu").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Baca pelajarannya" }).First)
                .ToHaveAttributeAsync("href", "/belajar/penipuan-pada-penjual");

            await page.GetByRole(AriaRole.Link, new() { Name = "Toko", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".shop-scenarios li", new() { HasText = "Bukti transfer palsu" }).GetByText("Berhasil")).ToBeVisibleAsync();
        }, signInAs: learner.Phone);
    }
}
