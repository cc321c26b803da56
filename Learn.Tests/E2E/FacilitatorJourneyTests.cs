using System.Text;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Tests.Web.Facilitator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Learn.Tests.E2E;

[Collection(BrowserTests.Name)]
public sealed class FacilitatorJourneyTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task AFacilitatorImportsARosterSeesTheNewLearnersAndPrintsAReadyLearnersCertificate()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync("Karanganyar " + Guid.NewGuid().ToString("N")[..6]);
        var facilitator = await app.AddAccountAsync(Role.Facilitator, village.Id, "Hartini Widyastuti");
        var kader = await app.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya");
        var phones = Enumerable.Range(0, 2).Select(_ => "0857" + Random.Shared.Next(10_000_000, 99_999_999)).ToArray();
        var csv = $"nama,no_hp,desa,dusun,jenis_kelamin,tahun_lahir\r\nRatna Sari,{phones[0]},{village.Name},Dukuh Ngasem,P,1993\r\n" +
            $"Wartini,{phones[1]},{village.Name},Dukuh Krajan,P,1974\r\n";
        await browser.OnPhoneAsync(async page =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Fasilitator", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor fasilitator", Level = 1 })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Impor daftar peserta" }).First.ClickAsync();
            await page.GetByLabel("Berkas CSV").SetInputFilesAsync(new FilePayload
            {
                Name = "peserta.csv",
                MimeType = "text/csv",
                Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)],
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa berkas" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Semua baris benar: 2 peserta siap didaftarkan" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ya, daftarkan 2 peserta" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lembar PIN pertama" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("td.pin")).ToHaveCountAsync(2);

            await page.GetByRole(AriaRole.Link, new() { Name = "Lihat daftar peserta" }).ClickAsync();
            await page.GetByLabel("Desa").SelectOptionAsync(new SelectOptionValue { Label = village.Name });
            await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ratna Sari" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wartini" })).ToBeVisibleAsync();

            // The kader and shop features would record this evidence; here it goes straight into the database.
            var ratna = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Phone == phones[0]));
            await app.WithDbAsync(db => ReadinessSeed.MakeReadyAsync(db, app.Services.GetRequiredService<CourseCatalog>().Current,
                app.Services.GetRequiredService<ReadinessRules>().Current!, ratna.Id, kader.Id, app.Time.GetUtcNow()));

            await page.GetByRole(AriaRole.Link, new() { Name = "Ratna Sari" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Ratna Sari sudah Siap Jualan Online!")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Disahkan oleh kader Dimas Aditya").First).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Buka sertifikat untuk dicetak" }).ClickAsync();

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var certificate = page.GetByRole(AriaRole.Article);
            await Assertions.Expect(certificate.GetByRole(AriaRole.Heading, new() { Name = "Siap Jualan Online" })).ToBeVisibleAsync();
            await Assertions.Expect(certificate.GetByText("Ratna Sari")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("header.top")).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cetak" })).ToBeHiddenAsync();
            var pdf = await page.PdfAsync();
            Assert.True(pdf.Length > 1000);
        }, signInAs: facilitator.Phone);
    }
}
