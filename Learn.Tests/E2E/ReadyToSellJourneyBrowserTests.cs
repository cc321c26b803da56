using System.Globalization;
using System.Net;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Kader;
using Learn.Core.Shop.Scenarios;
using Learn.Tests.Web;
using Learn.Tests.Web.ReadyToSell;
using Learn.Tests.Web.Shop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;

namespace Learn.Tests.E2E;

/// <summary>
/// The key steps of the journey to "Siap Jualan Online" on a 360 px phone, on the shipped courses: the kader
/// registers the learner, the learner masters a lesson and refuses the fake receipt, the kader signs off, the
/// facilitator opens the certificate. The long middle (the other quizzes and scenarios) goes through the same
/// pages over HTTP, as in the journey integration test, to keep the browser part short.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReadyToSellJourneyBrowserTests(BrowserApplication browser) : IClassFixture<BrowserApplication>
{
    [Fact]
    public async Task OnAPhoneAKaderRegistersALearnerWhoBecomesReadyAndTheFacilitatorOpensTheCertificate()
    {
        var app = browser.App;
        var village = await app.AddVillageAsync("Ngargoyoso " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await app.AddAccountAsync(Role.Kader, village.Id, "Dimas Aditya");
        await app.WithDbAsync(async db =>
        {
            var profile = new KaderProfile(kaderAccount.Id, app.Time.GetUtcNow());
            profile.Certify(5, 5, app.Time.GetUtcNow());
            db.KaderProfiles.Add(profile);
            await db.SaveChangesAsync();
        });
        var facilitatorAccount = await app.AddAccountAsync(Role.Facilitator, village.Id, "Hartini Widyastuti");
        var rule = app.Services.GetRequiredService<ReadinessRules>().Current!;
        var course = app.Services.GetRequiredService<CourseCatalog>().Current;
        var phone = string.Create(CultureInfo.InvariantCulture, $"0857{Random.Shared.Next(10_000_000, 99_999_999)}");
        await browser.OnPhonesAsync(async phones =>
        {
            // The kader registers the learner and reads the first PIN off the slip.
            var kader = await phones.SignInAsync(kaderAccount.Phone, name: "kader");
            await kader.GotoAsync("/kader/peserta/baru");
            await kader.GetByLabel("Nama", new() { Exact = true }).FillAsync("Sri Wahyuni");
            await kader.GetByLabel("Nomor HP").FillAsync(phone);
            await kader.GetByLabel("Desa").SelectOptionAsync(new SelectOptionValue { Label = village.Name });
            await kader.GetByRole(AriaRole.Button, new() { Name = "Daftarkan" }).ClickAsync();
            await Assertions.Expect(kader.GetByText("Kader pendamping: Dimas Aditya.")).ToBeVisibleAsync();
            var pin = (await kader.Locator("dd.pin").TextContentAsync())!.Trim();
            var learnerId = await app.WithDbAsync(db => db.Accounts.Where(a => a.Name == "Sri Wahyuni" && a.VillageId == village.Id)
                .Select(a => a.Id).SingleAsync());

            // The learner signs in on her own phone and masters the first lesson, options in her shuffled order.
            var learner = await phones.SignInAsync(phone, pin, name: "learner");
            var first = course.FindLevel(rule.Levels[0])!.Lessons[0];
            await learner.GotoAsync($"/belajar/{first.Id}");
            foreach (var question in first.Indonesian.Quiz.Questions)
            {
                foreach (var option in question.Options.Where(o => o.IsCorrect))
                {
                    await learner.Locator($"#{question.Id}-{option.Id}").CheckAsync();
                }
            }

            await learner.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
            await Assertions.Expect(learner.GetByText("Selamat! Pelajaran ini sudah Anda kuasai.")).ToBeVisibleAsync();

            // The rest of the levels, and a shop with one good listing, through the same pages over HTTP.
            var http = await SignedInAsync(phone, pin);
            foreach (var lesson in rule.Levels.SelectMany(n => course.FindLevel(n)!.Lessons).Where(l => l.Id != first.Id))
            {
                var fields = lesson.Indonesian.Quiz.Questions.SelectMany(q => q.Options.Where(o => o.IsCorrect).Select(o => (q.Id, o.Id))).ToArray();
                Assert.Contains("quiz-summary passed", await http.PostAsync($"/belajar/{lesson.Id}", fields), StringComparison.Ordinal);
            }

            await http.PostAsync("/toko?handler=Open", ("name", "Keripik Bu Sri"));
            await http.GetAsync("/toko/produk/baru");
            using (var product = new MultipartFormDataContent())
            {
                foreach (var (name, value) in new[]
                         {
                             ("Input.Name", "Keripik tempe pedas 250 g"), ("Input.Description", "Keripik tempe renyah dari kedelai lokal, pedas sedang, tahan dua minggu."),
                             ("Input.Price", "25000"), ("Input.Cost", "10000"), ("Input.Stock", "500"), ("Input.WeightGrams", "250"),
                         })
                {
                    product.Add(new StringContent(value), name);
                }

                var photo = new ByteArrayContent(TestImages.Encode(SKEncodedImageFormat.Jpeg));
                photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
                product.Add(photo, "Photo", "keripik.jpg");
                await http.PostMultipartAsync("/toko/produk/baru", product);
            }

            // On the phone: the buyer's receipt is only a picture, the mutasi shows nothing, so she refuses.
            await learner.GotoAsync("/toko");
            await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai skenario Bukti transfer palsu" }).ClickAsync();
            await learner.GetByRole(AriaRole.Link, new() { Name = "Pesanan", Exact = true }).ClickAsync();
            await learner.GetByRole(AriaRole.Link, new() { Name = "dari Pak Hendra" }).ClickAsync();
            await learner.GetByRole(AriaRole.Button, new() { Name = "Cek mutasi" }).ClickAsync();
            await Assertions.Expect(learner.GetByRole(AriaRole.Alert)).ToContainTextAsync("Jangan kirim barang");
            await learner.GetByRole(AriaRole.Link, new() { Name = "Kembali ke pesanan" }).ClickAsync();
            await learner.GetByRole(AriaRole.Button, new() { Name = "Tolak pesanan" }).ClickAsync();
            await Assertions.Expect(learner.GetByText("Anda menolak bukti transfer palsu").First).ToBeVisibleAsync();
            await learner.CloseAsync();

            var player = new ShopPlayer(http);
            foreach (var scenario in app.Services.GetRequiredService<ScenarioCatalog>().All.Where(s => s.Id != "fake-transfer-receipt"))
            {
                if (await MilestonesMetAsync(app, rule, learnerId))
                {
                    break;
                }

                await player.PlayAsync(scenario.Id);
            }

            // The kader signs off every skill on the learner's page.
            await kader.GotoAsync($"/kader/peserta/{learnerId}");
            foreach (var skill in rule.SignOffs)
            {
                var title = course.FindLesson(skill.SkillId)!.Indonesian.Title;
                var item = kader.Locator("ul.kader-skills > li").Filter(new() { Has = kader.Locator("strong", new() { HasTextString = title }) });
                await item.GetByText("Sahkan", new() { Exact = true }).ClickAsync();
                await item.GetByLabel("Catatan (apa yang Anda lihat)").FillAsync("Dikerjakan sendiri di depan kader");
                await item.GetByRole(AriaRole.Button, new() { Name = "Sahkan keterampilan ini" }).ClickAsync();
                await Assertions.Expect(item.Locator(".badge.done")).ToBeVisibleAsync();
            }

            // The facilitator sees her ready and opens the certificate, which fits the phone (the kader's phone, passed on).
            var facilitator = await kader.Context.NewPageAsync();
            await facilitator.SignInAsync(facilitatorAccount.Phone);
            await facilitator.GotoAsync($"/fasilitator/peserta/{learnerId}");
            await Assertions.Expect(facilitator.GetByText("Sri Wahyuni sudah Siap Jualan Online!")).ToBeVisibleAsync();
            await Assertions.Expect(facilitator.Locator("li.unmet")).ToHaveCountAsync(0);
            await facilitator.GetByRole(AriaRole.Link, new() { Name = "Buka sertifikat untuk dicetak" }).ClickAsync();
            await Assertions.Expect(facilitator.GetByRole(AriaRole.Heading, new() { Name = "Siap Jualan Online", Level = 1 })).ToBeVisibleAsync();
            Assert.True(await facilitator.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "the certificate scrolls sideways at 360 px");
        });
    }

    private async Task<FormClient> SignedInAsync(string phone, string pin)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(browser.BaseUrl),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(phone, pin)).StatusCode);
        return new FormClient(http);
    }

    private static async Task<bool> MilestonesMetAsync(LearnApplication app, ReadinessRule rule, int learnerId)
    {
        var have = await app.WithDbAsync(db => db.Milestones.Where(m => m.LearnerId == learnerId)
            .GroupBy(m => m.Key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        return rule.Milestones.All(m => have.SingleOrDefault(h => h.Key == m.Key)?.Count >= m.Count);
    }
}
