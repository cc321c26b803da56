using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Learn.Content.Courses;
using Learn.Core.Accounts;
using Learn.Core.Facilitator.Readiness;
using Learn.Core.Lessons;
using Learn.Core.Shop.Scenarios;
using Learn.Tests.Web.Kader;
using Learn.Tests.Web.Shop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Xunit.Abstractions;

namespace Learn.Tests.Web.ReadyToSell;

/// <summary>
/// The whole journey to "Siap Jualan Online" through the real HTTP pipeline on the shipped courses/ and its
/// readiness.yml: nothing is seeded but the village and the people who run it. Every step is what the learner,
/// the kader and the facilitator do on their pages, so a rule or lesson change that makes the journey
/// impossible fails here.
/// </summary>
public sealed partial class ReadyToSellJourneyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ANewLearnerRegisteredByAKaderBecomesReadyToSellOnlineAndIsCertified()
    {
        using var app = new ShopApplication();
        var village = await app.AddVillageAsync("Sumberejo " + Guid.NewGuid().ToString("N")[..6]);
        var kaderAccount = await app.AddKaderAsync(village.Id, "Dimas", Gender.Male, certifiedLevel: 5);
        var facilitatorAccount = await app.AddAccountAsync(Role.Facilitator, village.Id, "Bu Rahma");
        var rules = app.Services.GetRequiredService<ReadinessRules>();
        var rule = rules.Current ?? throw new InvalidOperationException("The shipped courses have no readiness.yml.");
        var course = app.Services.GetRequiredService<CourseCatalog>().Current;

        // 1. The kader registers the learner on their own page and hands over the first PIN.
        var kader = await SignedInAsync(app, kaderAccount.Phone, LearnApplication.Pin);
        var phone = string.Create(CultureInfo.InvariantCulture, $"0857{Random.Shared.Next(10_000_000, 99_999_999)}");
        var slip = await kader.PostAsync("/kader/peserta/baru",
            ("Name", "Sri Wahyuni"), ("Phone", phone), ("VillageId", village.Id.ToString(CultureInfo.InvariantCulture)), ("Gender", "Female"));
        Assert.Contains("Kader pendamping: Dimas.", slip, StringComparison.Ordinal);
        var pin = FirstPin().Match(slip).Groups[1].Value;
        var learnerId = await app.WithDbAsync(db => db.Accounts.Where(a => a.Name == "Sri Wahyuni" && a.VillageId == village.Id)
            .Select(a => a.Id).SingleAsync());
        var learner = await SignedInAsync(app, phone, pin);

        // 2. The learner masters every level the rule names by answering the real quizzes (keys read from the Markdown).
        foreach (var number in rule.Levels)
        {
            var level = course.FindLevel(number)!;
            foreach (var lesson in level.Lessons)
            {
                var fields = lesson.Indonesian.Quiz.Questions
                    .SelectMany(q => q.Options.Where(o => o.IsCorrect).Select(o => (q.Id, o.Id))).ToArray();
                var page = await learner.PostAsync($"/belajar/{lesson.Id}", fields);
                Assert.True(page.Contains("quiz-summary passed", StringComparison.Ordinal), $"{lesson.Id}: the right answers did not pass");
                app.Time.Advance(TimeSpan.FromMinutes(lesson.Minutes));
            }

            app.Time.Advance(TimeSpan.FromDays(1));
        }

        var journey = await ReadAsync(app, (ProgressService p) => p.GetJourneyAsync(learnerId));
        Assert.All(rule.Levels, n => Assert.True(journey.Levels.Single(l => l.Level.Number == n).IsMastered, $"level {n} not mastered"));

        // 3. The practice shop: a listing that meets the photo rules, then the real scenarios, the fake receipt first.
        await learner.PostAsync("/toko?handler=Open", ("name", "Keripik Bu Sri"));
        await learner.GetAsync("/toko/produk/baru");
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
            await learner.PostMultipartAsync("/toko/produk/baru", product);
        }

        var scenarios = app.Services.GetRequiredService<ScenarioCatalog>().All;
        var player = new ShopPlayer(learner);
        var played = new List<string>();
        foreach (var scenario in scenarios.OrderBy(s => s.Id == "fake-transfer-receipt" ? 0 : 1))
        {
            if (await MilestonesMetAsync(app, rule, learnerId))
            {
                break;
            }

            await player.PlayAsync(scenario.Id);
            played.Add(scenario.Id);
            app.Time.Advance(TimeSpan.FromHours(2));
        }

        Assert.True(await MilestonesMetAsync(app, rule, learnerId), "every shipped scenario was played once and the milestones are still not met");
        var scams = await app.WithDbAsync(db => db.Milestones.Where(m => m.LearnerId == learnerId && m.Key == "scam-refused").Select(m => m.Evidence).ToListAsync());
        Assert.Contains(scams, e => e.EndsWith("fake_receipt_refused", StringComparison.Ordinal));
        output.WriteLine($"scenarios played: {string.Join(", ", played)}");

        // 4. The kader signs off every practical skill on the learner's page.
        var kaderPage = await kader.GetAsync($"/kader/peserta/{learnerId}");
        foreach (var skill in rule.SignOffs)
        {
            Assert.Contains($"name=\"skill\" value=\"{skill.SkillId}\"", kaderPage, StringComparison.Ordinal);
            kaderPage = await kader.PostAsync($"/kader/peserta/{learnerId}?handler=SignOff", ("skill", skill.SkillId),
                ("note", "Dikerjakan sendiri di depan kader"));
            Assert.DoesNotContain("class=\"error\"", kaderPage, StringComparison.Ordinal);
        }

        // 5. The facilitator sees the learner ready, with evidence for every item, and prints the certificate.
        var facilitator = await SignedInAsync(app, facilitatorAccount.Phone, LearnApplication.Pin);
        var checklist = await facilitator.GetAsync($"/fasilitator/peserta/{learnerId}");
        Assert.Contains("Sri Wahyuni sudah Siap Jualan Online!", checklist, StringComparison.Ordinal);
        var items = rule.Levels.Count + rule.Milestones.Count + rule.SignOffs.Count;
        Assert.Equal(items, MetItem().Count(checklist));
        Assert.DoesNotContain("class=\"unmet\"", checklist, StringComparison.Ordinal);
        Assert.Equal(items, ItemWithEvidence().Count(checklist));
        var certificate = await facilitator.GetAsync($"/fasilitator/peserta/{learnerId}/sertifikat");
        Assert.Contains("<h1 id=\"certificate-heading\">Siap Jualan Online</h1>", certificate, StringComparison.Ordinal);
        Assert.Contains("Sri Wahyuni", certificate, StringComparison.Ordinal);
        Assert.All(rule.Milestones.Select(m => m.Title.In("id")).Concat(rule.SignOffs.Select(s => s.Title.In("id"))),
            title => Assert.Contains(WebUtility.HtmlEncode(title), certificate, StringComparison.Ordinal));
    }

    private static async Task<FormClient> SignedInAsync(LearnApplication app, string phone, string pin)
    {
        var http = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(phone, pin)).StatusCode);
        return new FormClient(http);
    }

    private static async Task<T> ReadAsync<TService, T>(ShopApplication app, Func<TService, Task<T>> read)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static async Task<bool> MilestonesMetAsync(ShopApplication app, ReadinessRule rule, int learnerId)
    {
        var have = await app.WithDbAsync(db => db.Milestones.Where(m => m.LearnerId == learnerId)
            .GroupBy(m => m.Key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        return rule.Milestones.All(m => have.SingleOrDefault(h => h.Key == m.Key)?.Count >= m.Count);
    }

    [GeneratedRegex("<dd class=\"pin\">(\\d{6})</dd>")]
    private static partial Regex FirstPin();

    [GeneratedRegex("<li class=\"met\">")]
    private static partial Regex MetItem();

    [GeneratedRegex("<li class=\"met\">\\s*<p class=\"fac-item\">(?:(?!</li>\\s*<li class=).)*?<ul class=\"fac-evidence\">", RegexOptions.Singleline)]
    private static partial Regex ItemWithEvidence();
}
